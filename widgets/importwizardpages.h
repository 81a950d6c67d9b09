// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace phenomap {

class ImportWizard;

// The pages of ImportWizard. They hold only widgets; what was read from the file and what the
// analyst decided lives in the wizard, so tests can drive it through the wizard's API.

/// Page 1: the file, the source it comes from and a saved profile when one matches.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;
    /// Shows the wizard's file, its read status and the matching profile.
    void showFile();
    /// Sets the source as if the analyst had typed it.
    void setSource(const QString &name);

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *sourceCombo() const { return m_source; }
    QComboBox *profileCombo() const { return m_profile; }

private:
    void browse();
    void reloadLists();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_source;
    QComboBox *m_profile;
    QLabel *m_info;
    bool m_sourceEdited = false;
    bool m_updating = false;
};

/// Page 2: the first rows as read, with the detected conventions (overridable) and column types.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    void initializePage() override;
    /// Refills conventions and table from the wizard.
    void refresh();

    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *decimalCombo() const { return m_decimal; }
    QTableView *previewTable() const { return m_table; }
    /// The detected type shown for a column ("number", "date/time", "text", "empty").
    QString columnType(int column) const;

private:
    void applyOverride();

    ImportWizard *m_wizard;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QComboBox *m_decimal;
    QLabel *m_info;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QStringList m_types;
    bool m_updating = false;
};

/// Page 3: one combo box per target field, pre-filled from the proposal with its confidence.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    bool validatePage() override;
    /// Refills the combo boxes from the wizard's initial mapping (new file, dialect or profile).
    void fill();

    QComboBox *combo(const QString &role) const { return m_combos.value(role); }
    QLabel *confidenceLabel(const QString &role) const { return m_dots.value(role); }
    QSpinBox *crsSpin() const { return m_crs; }
    QCheckBox *saveProfileCheck() const { return m_saveProfile; }
    QLineEdit *profileNameEdit() const { return m_profileName; }
    /// The column chosen for a role, or an empty string.
    QString columnFor(const QString &role) const;

private:
    void setConfidence(const QString &role, double confidence, bool byAnalyst);

    ImportWizard *m_wizard;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_dots;
    QSpinBox *m_crs;
    QCheckBox *m_saveProfile;
    QLineEdit *m_profileName;
    QLabel *m_problem;
    bool m_filling = false;
};

/// Page 4: category values no rule covers, each with a taxonomy combo box.
class ImportCategoryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCategoryPage(ImportWizard *wizard);
    void initializePage() override;

    QTableWidget *table() const { return m_table; }
    /// The combo box of a listed value, or nullptr.
    QComboBox *targetCombo(const QString &field, const QString &value) const;

private:
    ImportWizard *m_wizard;
    QLabel *m_info;
    QTableWidget *m_table;
};

/// Page 5: the import running off the GUI thread, then its summary.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    /// Shows the wizard's state: running, or the outcome with its counts.
    void showState();

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rejectedButton() const { return m_rejectedButton; }
    QLabel *messageLabel() const { return m_message; }
    /// The summary's value label for "read", "inserted", "updated" or "rejected".
    QLabel *countLabel(const QString &key) const { return m_counts.value(key); }

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QLabel *m_message;
    QWidget *m_summaryBox;
    QHash<QString, QLabel *> m_counts;
    QPushButton *m_rejectedButton;
};

} // namespace phenomap
