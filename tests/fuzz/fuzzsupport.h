// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <exception>

namespace phenomap::fuzz {

/// The project uuid of the home project, fixed so that committed package seeds match it.
inline constexpr const char *kHomeUuid = "5e1f7a2c-0b3d-4c8e-9f61-2a7d4b0c9e15";
/// The two situation pictures of the home project (TLP:AMBER and TLP:GREEN).
inline constexpr const char *kAmberPicture = "{0f6d1c2a-7b44-4e0a-8d1e-6a5c3b2f9e01}";
inline constexpr const char *kGreenPicture = "{0f6d1c2a-7b44-4e0a-8d1e-6a5c3b2f9e02}";

/// A folder for this process (under TMPDIR), removed when the process exits normally. The first
/// call also makes the run deterministic: a fixed QHash seed, GDAL and Qt warnings off.
QString workDir();

/// Replaces `path` with the bytes, removing any SQLite -wal, -shm or -journal file beside it.
void writeFile(const QString &path, const uint8_t *data, std::size_t size);
/// Removes an SQLite file with its -wal, -shm and -journal files.
void removeDatabase(const QString &path);

/// ISO WKB (little-endian) of a one-part MULTIPOLYGON: the rectangle [x0, x1] x [y0, y1].
QByteArray rectangleWkb(double x0, double y0, double x1, double y1);

/// Creates the home project at `path`: base zones, default taxonomy, 40 synthetic incidents
/// (seed 3), the fixed uuid and the two fixed pictures. Every zone is then drawn as its bounding
/// rectangle, which keeps the file and the packages exported from it small.
void createHomeProject(const QString &path);
/// A fresh copy of the home project (made once per process) at workDir()/home.gpkg, ready to
/// be opened read-write; every call replaces the previous copy, so each input starts alike.
QString freshHomeProject();

/// Whether an exception escaping a reader is one the application reports as a message: not a
/// logic error or an allocation failure (those are bugs), and with a non-empty message.
bool isReportedFailure(const std::exception &e);

} // namespace phenomap::fuzz
