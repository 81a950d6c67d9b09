// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizardpages.h"

#include "importprofiles.h"
#include "importwizard.h"
#include "project.h"
#include "sqlite.h"
#include "taxonomy.h"
#include "timeparser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace phenomap {
namespace {

/// How many preview rows page 2 shows.
constexpr int kPreviewRows = 50;

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Page 1: file, source, profile

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)), m_source(new QComboBox(this)),
      m_profile(new QComboBox(this)), m_info(wrappedLabel(QString(), this))
{
    setTitle(tr("File to import"));
    setSubTitle(tr("Choose the partner's file and the source it comes from. A saved mapping profile "
                   "that fits the file's columns is applied without further questions."));

    m_path->setAccessibleName(tr("File to import"));
    m_path->setToolTip(tr("CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile (also zipped), KML or FlatGeobuf"));
    m_path->setPlaceholderText(tr("Path of the file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Browse for the file"));
    browse->setToolTip(tr("Choose the file in a file dialog"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->setAccessibleName(tr("Source"));
    m_source->setToolTip(tr("The agency the file comes from. Record ids are recognised per source, so a "
                            "re-import of the same source updates incidents instead of duplicating them."));
    m_profile->setAccessibleName(tr("Saved mapping profile"));
    m_profile->setToolTip(tr("A column mapping saved from an earlier import. When one fits the file's "
                             "columns it is selected and applied without questions."));
    m_info->setAccessibleName(tr("File information"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Mapping &profile:"), m_profile);
    form->addRow(m_info);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_path);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating && m_path->text() != m_wizard->filePath())
            m_wizard->setFilePath(m_path->text().trimmed());
    });
    connect(m_source, &QComboBox::editTextChanged, this, [this] {
        if (!m_updating)
            m_sourceEdited = true;
        Q_EMIT completeChanged();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_wizard->setProfileName(m_profile->currentData().toString());
    });
    reloadLists();
}

void ImportFilePage::reloadLists()
{
    const bool was = m_updating;
    m_updating = true;
    const QString source = m_source->currentText();
    m_source->clear();
    try {
        Statement st = m_wizard->project().db().prepare("SELECT name FROM sources ORDER BY name");
        while (st.step())
            m_source->addItem(st.text(0));
    } catch (const std::exception &) {
        // A project without sources table cannot be imported into anyway; the import says why.
    }
    m_source->setEditText(source);
    const QString profile = m_profile->currentData().toString();
    m_profile->clear();
    m_profile->addItem(tr("None: propose a mapping"), QString());
    try {
        for (const QString &name : ImportProfiles::names(m_wizard->project().db()))
            m_profile->addItem(name, name);
    } catch (const std::exception &) {
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(profile)));
    m_updating = was;
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import File"), QFileInfo(m_wizard->filePath()).absolutePath(),
        tr("Incident files (*.csv *.txt *.tsv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.zip *.kml *.fgb);;All files (*)"));
    if (!path.isEmpty())
        m_wizard->setFilePath(path);
}

void ImportFilePage::showFile()
{
    m_updating = true;
    if (m_path->text() != m_wizard->filePath())
        m_path->setText(m_wizard->filePath());
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(m_wizard->profileName())));
    if (!m_sourceEdited || m_source->currentText().trimmed().isEmpty())
        m_source->setEditText(m_wizard->defaultSourceName());
    m_updating = false;

    if (m_wizard->filePath().isEmpty()) {
        m_info->setText(QString());
    } else if (!m_wizard->loadError().isEmpty()) {
        m_info->setText(tr("<b>This file cannot be imported.</b> %1").arg(m_wizard->loadError().toHtmlEscaped()));
    } else {
        QString text = tr("%1: %n column(s), about %2 row(s).", nullptr, int(m_wizard->columns().size()))
                           .arg(m_wizard->driverName(), QLocale().toString(m_wizard->estimatedRows()));
        if (!m_wizard->profileName().isEmpty())
            text += QLatin1Char(' ') + tr("The saved profile “%1” fits its columns and will be used.").arg(m_wizard->profileName());
        m_info->setText(text.toHtmlEscaped());
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::setSource(const QString &name)
{
    m_source->setEditText(name);
    m_sourceEdited = !name.trimmed().isEmpty();
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return !m_wizard->filePath().isEmpty() && m_wizard->loadError().isEmpty()
           && !m_source->currentText().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    if (m_path->text().trimmed() != m_wizard->filePath())
        return m_wizard->setFilePath(m_path->text().trimmed());
    return isComplete();
}

// ---------------------------------------------------------------------------------------------
// Page 2: preview

namespace {

/// A coarse type for a column of the sample, to show the analyst how the values read.
QString detectType(const QList<SourceRow> &rows, int column)
{
    static const TimeParser times{QTimeZone(QByteArrayLiteral("Europe/Brussels"))};
    int filled = 0, numbers = 0, dates = 0;
    for (const SourceRow &row : rows) {
        if (column >= row.values.size())
            continue;
        const QString v = row.values[column].trimmed();
        if (v.isEmpty())
            continue;
        ++filled;
        if (parseNumber(v))
            ++numbers;
        else if (times.parse(v))
            ++dates;
    }
    if (filled == 0)
        return ImportPreviewPage::tr("empty");
    if (numbers * 10 >= filled * 9)
        return ImportPreviewPage::tr("number");
    if ((dates + numbers) * 4 >= filled * 3 && dates > 0) // most values: a bad date is still a date column
        return ImportPreviewPage::tr("date/time");
    return ImportPreviewPage::tr("text");
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_delimiter(new QComboBox(this)), m_encoding(new QComboBox(this)),
      m_decimal(new QComboBox(this)), m_info(wrappedLabel(QString(), this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they will be read, with the type detected for each column. "
                   "Correct the text conventions if the columns do not line up."));

    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe ( | )"), int('|'));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->setToolTip(tr("The character separating the columns (detected from the file)"));
    m_encoding->addItem(tr("UTF-8"), int(CsvDialect::Encoding::Utf8));
    m_encoding->addItem(tr("UTF-8 with BOM"), int(CsvDialect::Encoding::Utf8Bom));
    m_encoding->addItem(tr("Windows-1252 / Latin-1"), int(CsvDialect::Encoding::Windows1252));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->setToolTip(tr("The character encoding of the text (detected from the file)"));
    m_decimal->addItem(tr("Point (4.35)"), false);
    m_decimal->addItem(tr("Comma (4,35)"), true);
    m_decimal->setAccessibleName(tr("Decimal separator"));
    m_decimal->setToolTip(tr("How numbers such as coordinates are written (detected from the file)"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setToolTip(tr("The first rows of the file; each column header shows the detected type"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    auto *conventions = new QHBoxLayout;
    auto addField = [&](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        conventions->addWidget(label);
        conventions->addWidget(box);
        conventions->addSpacing(12);
    };
    addField(tr("&Delimiter:"), m_delimiter);
    addField(tr("&Encoding:"), m_encoding);
    addField(tr("Decimal &separator:"), m_decimal);
    conventions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(conventions);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);

    for (QComboBox *box : {m_delimiter, m_encoding, m_decimal})
        connect(box, &QComboBox::activated, this, &ImportPreviewPage::applyOverride);
}

void ImportPreviewPage::initializePage() { refresh(); }

void ImportPreviewPage::applyOverride()
{
    if (m_updating)
        return;
    CsvDialect d = m_wizard->dialect();
    d.delimiter = char(m_delimiter->currentData().toInt());
    d.encoding = CsvDialect::Encoding(m_encoding->currentData().toInt());
    d.decimalComma = m_decimal->currentData().toBool();
    m_wizard->setDialectOverride(d);
    refresh();
}

void ImportPreviewPage::refresh()
{
    m_updating = true;
    const CsvDialect &d = m_wizard->dialect();
    const bool csv = m_wizard->isDelimitedText();
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(d.delimiter))));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(d.encoding))));
    m_decimal->setCurrentIndex(d.decimalComma ? 1 : 0);
    m_delimiter->setEnabled(csv);
    m_encoding->setEnabled(csv);
    m_updating = false;

    const QStringList columns = m_wizard->columns();
    const QList<SourceRow> &rows = m_wizard->sampleRows();
    m_model->clear();
    m_types.clear();
    m_model->setColumnCount(int(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        const QString type = detectType(rows, c);
        m_types << type;
        auto *header = new QStandardItem(tr("%1\n(%2)").arg(columns[c], type));
        header->setToolTip(tr("Column “%1”: detected type %2").arg(columns[c], type));
        m_model->setHorizontalHeaderItem(c, header);
    }
    const int n = int(std::min<qsizetype>(kPreviewRows, rows.size()));
    for (int r = 0; r < n; ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < columns.size(); ++c) {
            const QString v = c < rows[r].values.size() ? rows[r].values[c] : QString();
            auto *item = new QStandardItem(v.left(200).replace(QLatin1Char('\n'), QChar(0x21B5)));
            item->setToolTip(v.left(2000));
            items << item;
        }
        m_model->appendRow(items);
        m_model->setVerticalHeaderItem(r, new QStandardItem(QString::number(rows[r].number)));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    m_info->setText(csv ? tr("Detected: %1, %2, header on line %3. Showing the first %n row(s).", nullptr, n)
                              .arg(CsvDialect::delimiterName(d.delimiter), CsvDialect::encodingName(d.encoding))
                              .arg(d.headerLine + 1)
                        : tr("%1 file. Showing the first %n row(s).", nullptr, n).arg(m_wizard->driverName()));
}

QString ImportPreviewPage::columnType(int column) const { return m_types.value(column); }

// ---------------------------------------------------------------------------------------------
// Page 3: column mapping

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_crs(new QSpinBox(this)), m_saveProfile(new QCheckBox(this)),
      m_profileName(new QLineEdit(this)), m_problem(wrappedLabel(QString(), this))
{
    setTitle(tr("Column mapping"));
    setSubTitle(tr("Which column feeds which incident field. The proposal comes from the column names and "
                   "values; the dot shows how sure it is. Correct any field that is wrong."));
    const QHash<QString, QString> labels = {
        {QStringLiteral("lon"), tr("Longitude")},
        {QStringLiteral("lat"), tr("Latitude")},
        {QStringLiteral("x"), tr("X (projected)")},
        {QStringLiteral("y"), tr("Y (projected)")},
        {QStringLiteral("wkt"), tr("WKT geometry")},
        {QStringLiteral("zone"), tr("Zone (NIS code, municipality, police zone)")},
        {QStringLiteral("datetime"), tr("Date and time")},
        {QStringLiteral("date"), tr("Date")},
        {QStringLiteral("time"), tr("Time")},
        {QStringLiteral("from"), tr("From")},
        {QStringLiteral("to"), tr("To")},
        {QStringLiteral("reported"), tr("Reported on")},
        {QStringLiteral("phenomenon"), tr("Phenomenon")},
        {QStringLiteral("mo"), tr("Modus operandi")},
        {QStringLiteral("ref"), tr("Record id")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("source"), tr("Source agency")},
        {QStringLiteral("tlp"), tr("TLP marking")},
    };
    const QList<std::pair<QString, QStringList>> groups = {
        {tr("Location"), {QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("x"), QStringLiteral("y"),
                          QStringLiteral("wkt"), QStringLiteral("zone")}},
        {tr("Time"), {QStringLiteral("datetime"), QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("from"),
                      QStringLiteral("to"), QStringLiteral("reported")}},
        {tr("Category"), {QStringLiteral("phenomenon"), QStringLiteral("mo")}},
        {tr("Other"), {QStringLiteral("ref"), QStringLiteral("address"), QStringLiteral("description"),
                       QStringLiteral("source"), QStringLiteral("tlp")}},
    };
    auto *grid = new QGridLayout;
    int index = 0;
    for (const auto &[title, roles] : groups) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        for (const QString &role : roles) {
            auto *combo = new QComboBox(box);
            combo->setObjectName(QStringLiteral("mapping_") + role);
            combo->setAccessibleName(labels.value(role));
            combo->setToolTip(tr("The file's column read as “%1”").arg(labels.value(role)));
            auto *dot = new QLabel(box);
            dot->setMinimumWidth(dot->fontMetrics().horizontalAdvance(QStringLiteral("● 100%")) + 4);
            auto *row = new QHBoxLayout;
            row->addWidget(combo, 1);
            row->addWidget(dot);
            form->addRow(labels.value(role) + QLatin1Char(':'), row);
            m_combos.insert(role, combo);
            m_dots.insert(role, dot);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, role] {
                if (!m_filling)
                    setConfidence(role, 1.0, true);
            });
        }
        if (index == 0) {
            m_crs->setRange(0, 999999);
            m_crs->setPrefix(QStringLiteral("EPSG:"));
            m_crs->setSpecialValueText(tr("Detect"));
            m_crs->setAccessibleName(tr("Coordinate system of x/y and WKT"));
            m_crs->setToolTip(tr("EPSG code of the x/y or WKT columns, e.g. 31370 (Belgian Lambert 72) or 3812 "
                                 "(Lambert 2008); “Detect” guesses it from the values"));
            form->addRow(tr("Coordinate system:"), m_crs);
        }
        grid->addWidget(box, index / 2, index % 2);
        ++index;
    }
    m_saveProfile->setText(tr("Save this mapping as a &profile named"));
    m_saveProfile->setAccessibleName(tr("Save the mapping as a profile"));
    m_saveProfile->setToolTip(tr("The next file with the same columns is then imported without questions"));
    m_profileName->setAccessibleName(tr("Profile name"));
    m_profileName->setToolTip(tr("Name of the saved mapping profile"));
    m_profileName->setEnabled(false);
    connect(m_saveProfile, &QCheckBox::toggled, m_profileName, &QWidget::setEnabled);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_saveProfile);
    profileRow->addWidget(m_profileName, 1);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_problem->setAccessibleName(tr("Mapping problem"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(profileRow);
    layout->addWidget(m_problem);
    layout->addStretch();
}

void ImportMappingPage::setConfidence(const QString &role, double confidence, bool byAnalyst)
{
    QLabel *dot = m_dots.value(role);
    const bool mapped = !columnFor(role).isEmpty();
    QString colour, text, tip;
    if (!mapped) {
        colour = QStringLiteral("#9e9e9e");
        tip = tr("Not mapped");
    } else if (byAnalyst) {
        colour = QStringLiteral("#1565c0");
        text = tr("set");
        tip = tr("Set by you");
    } else {
        const int percent = int(std::lround(confidence * 100));
        colour = confidence >= 0.8 ? QStringLiteral("#2e7d32") : confidence >= 0.5 ? QStringLiteral("#f9a825") : QStringLiteral("#c62828");
        text = tr("%1%").arg(percent);
        tip = tr("Proposed with %1% confidence").arg(percent);
    }
    dot->setText(QStringLiteral("<span style=\"color:%1\">%2</span> %3").arg(colour, mapped ? QStringLiteral("●") : QStringLiteral("○"), text));
    dot->setToolTip(tip);
    dot->setAccessibleName(tr("Confidence for %1").arg(m_combos.value(role)->accessibleName()));
    dot->setAccessibleDescription(tip);
}

void ImportMappingPage::fill()
{
    m_filling = true;
    const ColumnMapping &m = m_wizard->initialMapping();
    const QStringList columns = m_wizard->columns();
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(not mapped)"), QString());
        for (const QString &c : columns)
            combo->addItem(c, c);
        combo->setCurrentIndex(std::max(0, combo->findData(m.column(it.key()))));
    }
    m_crs->setValue(m.crs);
    m_filling = false;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        setConfidence(it.key(), m.confidence(it.key()), false);
    m_problem->clear();
}

QString ImportMappingPage::columnFor(const QString &role) const
{
    QComboBox *combo = m_combos.value(role);
    return combo ? combo->currentData().toString() : QString();
}

bool ImportMappingPage::validatePage()
{
    auto has = [this](const char *role) { return !columnFor(QLatin1String(role)).isEmpty(); };
    QStringList problems;
    const bool place = (has("lon") && has("lat")) || (has("x") && has("y")) || has("wkt") || has("zone")
                       || m_wizard->hasGeometryColumn();
    if (!place)
        problems << tr("Map a location: longitude and latitude, x and y, a WKT column or a zone column.");
    if (has("lon") != has("lat"))
        problems << tr("Longitude and latitude go together: map both or neither.");
    if (has("x") != has("y"))
        problems << tr("X and Y go together: map both or neither.");
    if (!has("datetime") && !has("date") && !has("from"))
        problems << tr("Map a date: a date and time, a date or a “from” column.");
    if (!has("phenomenon") && !has("mo") && m_wizard->initialMapping().defaultPhenomenon.isEmpty())
        problems << tr("Map a category: the phenomenon or the modus operandi column.");
    if (m_saveProfile->isChecked() && m_profileName->text().trimmed().isEmpty())
        problems << tr("Give the profile a name, or untick “Save this mapping”.");
    m_problem->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Page 4: unmapped category values

ImportCategoryPage::ImportCategoryPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_info(wrappedLabel(QString(), this)), m_table(new QTableWidget(this))
{
    setTitle(tr("Categories"));
    setSubTitle(tr("These values of the category columns match no rule and no taxonomy label. Map each onto a "
                   "phenomenon or modus operandi; your choices are saved as rules for this source. Rows whose "
                   "value stays unmapped are rejected and listed, never dropped silently."));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Rows"), tr("Map to")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Unmapped category values"));
    m_table->setToolTip(tr("Each value, how many rows have it, and the taxonomy node it should count as"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
}

void ImportCategoryPage::initializePage()
{
    const QList<TaxonomyNode> nodes = loadTaxonomy(m_wizard->project().db());
    const QString language = m_wizard->language();
    const QList<CategoryChoice> choices = m_wizard->categoryChoices();
    const QList<UnmappedValue> &values = m_wizard->unmappedValues();
    m_table->setRowCount(int(values.size()));
    for (int r = 0; r < values.size(); ++r) {
        const UnmappedValue &u = values[r];
        const bool mo = u.field == QLatin1String("mo");
        auto *field = new QTableWidgetItem(mo ? tr("MO (%1)").arg(u.column) : tr("Phenomenon (%1)").arg(u.column));
        auto *value = new QTableWidgetItem(u.value);
        value->setToolTip(u.value);
        auto *count = new QTableWidgetItem(QLocale().toString(u.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, field);
        m_table->setItem(r, 1, value);
        m_table->setItem(r, 2, count);
        auto *combo = new QComboBox(m_table);
        combo->setAccessibleName(tr("Taxonomy node for “%1”").arg(u.value));
        combo->setToolTip(tr("The phenomenon or modus operandi “%1” stands for").arg(u.value));
        combo->addItem(tr("(leave unmapped: rows are rejected)"), qint64(0));
        for (const TaxonomyNode &p : nodes) {
            if (p.parentId != 0)
                continue;
            if (!mo) // an MO column can only name an MO
                combo->addItem(p.label(language), p.id);
            for (const TaxonomyNode &m : nodes)
                if (m.parentId == p.id)
                    combo->addItem(QStringLiteral("%1 › %2").arg(p.label(language), m.label(language)), m.id);
        }
        for (const CategoryChoice &c : choices)
            if (c.field == u.field && c.value == u.value)
                combo->setCurrentIndex(std::max(0, combo->findData(c.targetId)));
        combo->setProperty("field", u.field);
        combo->setProperty("value", u.value);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            m_wizard->setCategoryTarget(combo->property("field").toString(), combo->property("value").toString(),
                                        combo->currentData().toLongLong());
        });
        m_table->setCellWidget(r, 3, combo);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_info->setText(tr("%n value(s) not covered, counted over %1 row(s) of the file.", nullptr, int(values.size()))
                        .arg(QLocale().toString(m_wizard->scannedRows())));
}

QComboBox *ImportCategoryPage::targetCombo(const QString &field, const QString &value) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, 3)))
            if (combo->property("field").toString() == field && combo->property("value").toString() == value)
                return combo;
    return nullptr;
}

} // namespace phenomap
