// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>

namespace phenomap {

class Feedback;

/// Runs index ranges of independent work on several threads, with progress and cancel.
/// Why: permutation tests are embarrassingly parallel, but results must not depend on which
/// thread did which part. Work is cut into fixed chunks that each write only their own output
/// slots, so any thread count gives identical numbers; the caller derives random streams from
/// the item index, never from the thread.
class ParallelRunner
{
public:
    /// threads = 0 uses every hardware thread.
    explicit ParallelRunner(int threads = 0, Feedback *feedback = nullptr);

    /// Calls work(begin, end) over [0, count) in chunks of `chunk` items. Progress is reported in
    /// [progressFrom, progressTo] percent. Throws Canceled when the feedback was canceled.
    void run(std::size_t count, std::size_t chunk, const std::function<void(std::size_t, std::size_t)> &work,
             double progressFrom = 0, double progressTo = 100) const;

    int threads() const { return m_threads; }

private:
    int m_threads;
    Feedback *m_feedback;
};

} // namespace phenomap
