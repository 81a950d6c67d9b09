// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

namespace phenomap {

/// Progress and cancellation for long work, passed into every slow function of the core.
/// The worker calls setProgress() and checks isCanceled(); the GUI connects to the signals
/// (queued across threads) and calls cancel(). Thread-safe.
class Feedback : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void cancel()
    {
        if (!m_canceled.exchange(true))
            Q_EMIT canceled();
    }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    /// percent in [0, 100]
    void setProgress(double percent)
    {
        m_progress.store(percent, std::memory_order_relaxed);
        Q_EMIT progressChanged(percent);
    }
    double progress() const { return m_progress.load(std::memory_order_relaxed); }
    void setStatus(const QString &text) { Q_EMIT statusChanged(text); }

Q_SIGNALS:
    void progressChanged(double percent);
    void statusChanged(const QString &text);
    void canceled();

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_progress{0.0};
};

/// Thrown by core functions when their Feedback was canceled; the transaction has rolled back.
class Canceled : public std::exception
{
public:
    const char *what() const noexcept override { return "canceled"; }
};

} // namespace phenomap
