// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowpipeline.h"

namespace phenomap {

RowPipeline::RowPipeline(Fill fill, std::size_t chunkRows, std::size_t depth)
    : m_fill(std::move(fill)), m_chunkRows(std::max<std::size_t>(1, chunkRows)), m_depth(std::max<std::size_t>(1, depth))
{
    m_thread = std::thread([this] { produce(); });
}

RowPipeline::~RowPipeline()
{
    stop();
}

void RowPipeline::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RowPipeline::produce()
{
    try {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_ready.size() < m_depth; });
                if (m_stop)
                    break;
                if (!m_spare.empty()) {
                    chunk = std::move(m_spare.back());
                    m_spare.pop_back();
                }
            }
            chunk.clear();
            chunk.reserve(m_chunkRows);
            const bool more = m_fill(chunk, m_chunkRows);
            if (!chunk.empty()) {
                {
                    std::lock_guard lock(m_mutex);
                    m_ready.push_back(std::move(chunk));
                }
                m_changed.notify_all();
            }
            if (!more)
                break;
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

bool RowPipeline::next(Chunk &chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty()) {
        if (m_error)
            std::rethrow_exception(m_error);
        return false;
    }
    if (!chunk.empty() || chunk.capacity())
        m_spare.push_back(std::move(chunk));
    chunk = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace phenomap
