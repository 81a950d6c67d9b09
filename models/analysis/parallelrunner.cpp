// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelrunner.h"

#include "feedback.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace phenomap {

ParallelRunner::ParallelRunner(int threads, Feedback *feedback)
    : m_threads(threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency())), m_feedback(feedback)
{
}

void ParallelRunner::run(std::size_t count, std::size_t chunk, const std::function<void(std::size_t, std::size_t)> &work,
                         double progressFrom, double progressTo) const
{
    if (count == 0)
        return;
    chunk = std::max<std::size_t>(1, chunk);
    const std::size_t chunks = (count + chunk - 1) / chunk;
    std::atomic<std::size_t> nextChunk{0}, doneChunks{0};
    std::atomic<bool> stop{false};
    std::exception_ptr error;
    std::mutex errorMutex;

    auto worker = [&]() {
        for (;;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            if (m_feedback && m_feedback->isCanceled()) {
                stop = true;
                return;
            }
            const std::size_t c = nextChunk.fetch_add(1);
            if (c >= chunks)
                return;
            try {
                work(c * chunk, std::min(count, (c + 1) * chunk));
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                stop = true;
                return;
            }
            const std::size_t done = doneChunks.fetch_add(1) + 1;
            if (m_feedback && (done == chunks || done % std::max<std::size_t>(1, chunks / 50) == 0))
                m_feedback->setProgress(progressFrom + (progressTo - progressFrom) * double(done) / double(chunks));
        }
    };

    const int threads = int(std::min<std::size_t>(std::size_t(m_threads), chunks));
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(threads > 1 ? threads - 1 : 0));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
    if (m_feedback && m_feedback->isCanceled())
        throw Canceled();
}

} // namespace phenomap
