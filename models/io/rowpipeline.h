// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowmapper.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace phenomap {

/// The import's two-thread pipeline: one thread reads and maps rows (GDAL, parsing,
/// reprojection, zones), the calling thread writes them to SQLite. Rows travel in chunks
/// through a bounded queue, in file order, so memory stays flat whatever the file's size.
/// Destroying the pipeline (also while unwinding after a cancel or an error) stops the reading
/// thread and waits for it.
class RowPipeline
{
public:
    using Chunk = std::vector<MappedRow>;
    /// Fills `chunk` (empty, with room reserved) with up to `chunkRows` rows; returns false
    /// when there are no rows left. Runs on the reading thread.
    using Fill = std::function<bool(Chunk &chunk, std::size_t chunkRows)>;

    explicit RowPipeline(Fill fill, std::size_t chunkRows = 1024, std::size_t depth = 8);
    ~RowPipeline();
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

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

} // namespace phenomap
