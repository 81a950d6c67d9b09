// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers of the benchmark programs: a wall clock, and the JSON a case prints on stdout.
// Samples are printed raw; packaging/benchmark.sh (via tests/benchmark/report.py) computes
// median, min and max over all runs, so no statistic is computed twice in two places.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

namespace phenomap::bench {

class Stopwatch
{
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    void restart() { m_start = std::chrono::steady_clock::now(); }
    double ms() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

/// Peak resident set size of this process so far, in MiB.
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

/// What one case prints: {"case", "metrics": {name: {unit, samples[], note}}, "values": {...},
/// "not_measured": {name: reason}, "notes": [...]}.
class Report
{
public:
    explicit Report(const QString &caseName) { m_root.insert(QStringLiteral("case"), caseName); }

    void sample(const QString &metric, double value, const QString &unit = QStringLiteral("ms"),
                const QString &note = QString())
    {
        QJsonObject m = m_metrics.value(metric).toObject();
        QJsonArray samples = m.value(QStringLiteral("samples")).toArray();
        samples.append(value);
        m.insert(QStringLiteral("samples"), samples);
        m.insert(QStringLiteral("unit"), unit);
        if (!note.isEmpty())
            m.insert(QStringLiteral("note"), note);
        m_metrics.insert(metric, m);
    }
    void value(const QString &name, const QJsonValue &v) { m_values.insert(name, v); }
    void notMeasured(const QString &name, const QString &reason) { m_notMeasured.insert(name, reason); }
    void note(const QString &text) { m_notes.append(text); }

    void print()
    {
        m_values.insert(QStringLiteral("peak_rss_mib_in_process"), peakRssMiB());
        m_root.insert(QStringLiteral("metrics"), m_metrics);
        m_root.insert(QStringLiteral("values"), m_values);
        m_root.insert(QStringLiteral("not_measured"), m_notMeasured);
        m_root.insert(QStringLiteral("notes"), m_notes);
        const QByteArray json = QJsonDocument(m_root).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
        std::fflush(stdout);
    }

private:
    QJsonObject m_root, m_metrics, m_values, m_notMeasured;
    QJsonArray m_notes;
};

} // namespace phenomap::bench
