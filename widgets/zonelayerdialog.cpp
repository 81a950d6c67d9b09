// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelayerdialog.h"

#include "importtypes.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace phenomap {

ZoneLayerDialog::ZoneLayerDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_title(new QLineEdit(this)), m_code(new QComboBox(this)),
      m_name(new QComboBox(this)), m_population(new QComboBox(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Zone Layer"));
    m_path->setObjectName(QStringLiteral("zoneLayerPath"));
    m_title->setObjectName(QStringLiteral("zoneLayerTitle"));
    m_code->setObjectName(QStringLiteral("zoneLayerCode"));
    m_name->setObjectName(QStringLiteral("zoneLayerName"));
    m_population->setObjectName(QStringLiteral("zoneLayerPopulation"));
    m_status->setObjectName(QStringLiteral("zoneLayerStatus"));
    m_status->setWordWrap(true);
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("File"));
    m_title->setPlaceholderText(tr("e.g. Neighbourhoods"));
    m_code->setToolTip(tr("Whole numbers, one per zone; without them the zones are numbered in the file's order."));
    m_population->setToolTip(tr("Inhabitants of each zone, for rates per 1,000 inhabitants."));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ZoneLayerDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Name:"), m_title);
    form->addRow(tr("Zone &code:"), m_code);
    form->addRow(tr("Zone na&me:"), m_name);
    form->addRow(tr("&Population:"), m_population);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Polygons from a GeoPackage, Shapefile, GeoJSON, KML or FlatGeobuf file become "
                                "zones to count incidents in. They are converted to Belgian Lambert 72."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ZoneLayerDialog::updateOk);
    updateOk();
}

QString ZoneLayerDialog::guessField(const QStringList &fields, const QString &role)
{
    static const QHash<QString, QRegularExpression> patterns = {
        {QStringLiteral("code"), QRegularExpression(QStringLiteral("^(code|nis|nis_?code|cd_.*|id|.*_id|.*_code)$"),
                                                    QRegularExpression::CaseInsensitiveOption)},
        {QStringLiteral("name"), QRegularExpression(QStringLiteral("^(name|nom|naam|name_fr|nom_fr|tx_.*_fr|.*_name|"
                                                                   "name_nl|naam_nl|label)$"),
                                                    QRegularExpression::CaseInsensitiveOption)},
        {QStringLiteral("population"),
         QRegularExpression(QStringLiteral("^(pop|population|bevolking|inhabitants|habitants|inwoners|ms_population)$"),
                            QRegularExpression::CaseInsensitiveOption)},
    };
    const QRegularExpression re = patterns.value(role);
    for (const QString &field : fields)
        if (re.isValid() && re.match(field).hasMatch())
            return field;
    return QString();
}

bool ZoneLayerDialog::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    for (QComboBox *combo : {m_code, m_name, m_population}) {
        combo->clear();
        combo->addItem(tr("(none)"), QString());
    }
    m_error.clear();
    m_sourceLayer.clear();
    try {
        const ZoneLayerFields fields = ZoneLayerImport::inspect(path);
        m_sourceLayer = fields.sourceLayer;
        for (QComboBox *combo : {m_code, m_name, m_population})
            for (const QString &f : fields.fields)
                combo->addItem(f, f);
        const std::pair<QComboBox *, QString> roles[] = {{m_code, QStringLiteral("code")},
                                                         {m_name, QStringLiteral("name")},
                                                         {m_population, QStringLiteral("population")}};
        for (const auto &[combo, role] : roles)
            combo->setCurrentIndex(std::max(0, combo->findData(guessField(fields.fields, role))));
        if (m_title->text().trimmed().isEmpty())
            m_title->setText(QFileInfo(path).completeBaseName());
        m_status->setText(fields.features >= 0 ? tr("Layer “%1”: %n polygon(s).", nullptr, int(fields.features))
                                                     .arg(fields.sourceLayer)
                                               : tr("Layer “%1”.").arg(fields.sourceLayer));
    } catch (const ImportError &e) {
        m_error = e.message();
        m_status->setText(m_error);
    }
    updateOk();
    return m_error.isEmpty();
}

ZoneLayerSource ZoneLayerDialog::source() const
{
    ZoneLayerSource s;
    s.path = QDir::fromNativeSeparators(m_path->text());
    s.sourceLayer = m_sourceLayer;
    s.title = m_title->text().simplified();
    s.codeField = m_code->currentData().toString();
    s.nameField = m_name->currentData().toString();
    s.populationField = m_population->currentData().toString();
    return s;
}

QString ZoneLayerDialog::error() const
{
    return m_error;
}

void ZoneLayerDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Zone Layer"), QString(),
        tr("Polygon files (*.gpkg *.shp *.zip *.geojson *.json *.kml *.fgb);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ZoneLayerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_sourceLayer.isEmpty() && m_error.isEmpty() && !m_title->text().trimmed().isEmpty());
}

} // namespace phenomap
