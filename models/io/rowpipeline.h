// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowmapper.h"
#include "sourcereader.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace phenomap {

/// One stage of the import's pipeline: a thread fills chunks of rows, the thread calling next()
/// takes them, in order, through a bounded queue, so memory stays flat whatever the file's
/// size. The import chains two stages (GDAL reading; parsing, reprojection and zones) in front
/// of the calling thread, which writes to SQLite. Destroying a stage (also while unwinding after
/// a cancel or an error) stops its thread and waits for it.
template <typename Row>
class ChunkPipeline
{
public:
    using Chunk = std::vector<Row>;
    /// Fills `chunk` (empty, with room reserved) with up to `chunkRows` rows; returns false
    /// when there are no rows left. Runs on the stage's thread.
    using Fill = std::function<bool(Chunk &chunk, std::size_t chunkRows)>;

    explicit ChunkPipeline(Fill fill, std::size_t chunkRows = 1024, std::size_t depth = 8);
    ~ChunkPipeline();
    ChunkPipeline(const ChunkPipeline &) = delete;
    ChunkPipeline &operator=(const ChunkPipeline &) = delete;

    /// The next chunk, replacing `chunk`'s content. False at the end; rethrows an exception the
    /// reading thread met.
    bool next(Chunk &chunk);
    /// Asks the reading thread to stop and waits for it.
    void stop();

private:
    void produce();

    Fill m_fill;
    const std::size_t m_chunkRows, m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::vector<Chunk> m_spare; ///< consumed chunks handed back, their rows' storage reused
    bool m_done = false, m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};


template <typename Row>
ChunkPipeline<Row>::ChunkPipeline(Fill fill, std::size_t chunkRows, std::size_t depth)
    : m_fill(std::move(fill)), m_chunkRows(std::max<std::size_t>(1, chunkRows)), m_depth(std::max<std::size_t>(1, depth))
{
    m_thread = std::thread([this] { produce(); });
}

template <typename Row>
ChunkPipeline<Row>::~ChunkPipeline()
{
    stop();
}

template <typename Row>
void ChunkPipeline<Row>::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

template <typename Row>
void ChunkPipeline<Row>::produce()
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

template <typename Row>
bool ChunkPipeline<Row>::next(Chunk &chunk)
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


/// Rows as GDAL read them, and rows mapped onto incidents.
using SourcePipeline = ChunkPipeline<SourceRow>;
using RowPipeline = ChunkPipeline<MappedRow>;

} // namespace phenomap
