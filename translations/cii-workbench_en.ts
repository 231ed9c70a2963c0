<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarImportCommand</name>
    <message numerus="yes">
        <source>Imported %n day(s) for %1.</source>
        <translation>
            <numerusform>Imported %n day for %1.</numerusform>
            <numerusform>Imported %n days for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseExplanation</name>
    <message numerus="yes">
        <source>%n criteria do not apply to this category of system.</source>
        <translation>
            <numerusform>%n criterion does not apply to this category of system.</numerusform>
            <numerusform>%n criteria do not apply to this category of system.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>Audit log: intact, %n record(s)</source>
        <translation>
            <numerusform>Audit log: intact, %n record</numerusform>
            <numerusform>Audit log: intact, %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceImportCommand</name>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was imported</numerusform>
            <numerusform>%n rows cannot be imported; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceTransfer</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was imported</numerusform>
            <numerusform>%n rows cannot be imported; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>the PostgreSQL database %1 is not empty (it has %n tables): a store is copied only into a database without tables; it was left untouched</source>
        <translation>
            <numerusform>the PostgreSQL database %1 is not empty (it has %n table): a store is copied only into a database without tables; it was left untouched</numerusform>
            <numerusform>the PostgreSQL database %1 is not empty (it has %n tables): a store is copied only into a database without tables; it was left untouched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesSettingsCommand</name>
    <message numerus="yes">
        <source>Notify within: %n day(s)</source>
        <translation>
            <numerusform>Notify within: %n day</numerusform>
            <numerusform>Notify within: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon: %n day(s) ahead</source>
        <translation>
            <numerusform>Due soon: %n day ahead</numerusform>
            <numerusform>Due soon: %n days ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message numerus="yes">
        <source>the calendar file has %n bad row(s); nothing was imported</source>
        <translation>
            <numerusform>the calendar file has %n bad row; nothing was imported</numerusform>
            <numerusform>the calendar file has %n bad rows; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message numerus="yes">
        <source>Run %1: %n case(s)</source>
        <translation>
            <numerusform>Run %1: %n case</numerusform>
            <numerusform>Run %1: %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsListCommand</name>
    <message numerus="yes">
        <source>yes (%n min)</source>
        <translation>
            <numerusform>yes (%n min)</numerusform>
            <numerusform>yes (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsShowCommand</name>
    <message numerus="yes">
        <source>Discovered: %1   Received: %2 (%n min)</source>
        <translation>
            <numerusform>Discovered: %1   Received: %2 (%n min)</numerusform>
            <numerusform>Discovered: %1   Received: %2 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionTransfer</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was imported</numerusform>
            <numerusform>%n rows cannot be imported; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n event cannot be imported; nothing was imported</numerusform>
            <numerusform>%n events cannot be imported; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionsImportCommand</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was imported</numerusform>
            <numerusform>%n rows cannot be imported; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inspection(s).</source>
        <translation>
            <numerusform>Imported %n inspection.</numerusform>
            <numerusform>Imported %n inspections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrateStoreCommand</name>
    <message numerus="yes">
        <source>Verified on the copy: every table&apos;s rows, and the audit log&apos;s %n record(s) up to the same last hash.</source>
        <translation>
            <numerusform>Verified on the copy: every table&apos;s rows, and the audit log&apos;s %n record up to the same last hash.</numerusform>
            <numerusform>Verified on the copy: every table&apos;s rows, and the audit log&apos;s %n records up to the same last hash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnwardReportText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · and %n more</source>
        <extracomment>%1 is the soonest onward report; the others are counted after it.</extracomment>
        <translation>
            <numerusform>%1 · and %n more</numerusform>
            <numerusform>%1 · and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryRepository</name>
    <message numerus="yes">
        <source>%1 still has %n system(s); delete or move them first</source>
        <translation>
            <numerusform>%1 still has %n system; delete or move them first</numerusform>
            <numerusform>%1 still has %n systems; delete or move them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryTransfer</name>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>%n problem found; nothing was imported</numerusform>
            <numerusform>%n problems found; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSetComparison</name>
    <message numerus="yes">
        <source>%n test case(s)</source>
        <translation>
            <numerusform>%n test case</numerusform>
            <numerusform>%n test cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSetJson</name>
    <message numerus="yes">
        <source>the rule set has %n problem(s)</source>
        <translation>
            <numerusform>the rule set has %n problem</numerusform>
            <numerusform>the rule set has %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSetRepository</name>
    <message numerus="yes">
        <source>%n test case(s) fail; filing is refused until every test passes</source>
        <translation>
            <numerusform>%n test case fail; filing is refused until every test passes</numerusform>
            <numerusform>%n test cases fail; filing is refused until every test passes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesValidateCommand</name>
    <message numerus="yes">
        <source>The rule set is valid: %n criteria, %1 test case(s).</source>
        <translation>
            <numerusform>The rule set is valid: %n criterion, %1 test case.</numerusform>
            <numerusform>The rule set is valid: %n criteria, %1 test cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message numerus="yes">
        <source>%n characters long; at most %1 are accepted</source>
        <translation>
            <numerusform>%n character long; at most %1 are accepted</numerusform>
            <numerusform>%n characters long; at most %1 are accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyAuditCommand</name>
    <message numerus="yes">
        <source>Audit log intact: %n record(s).</source>
        <translation>
            <numerusform>Audit log intact: %n record.</numerusform>
            <numerusform>Audit log intact: %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::AuditLogPage</name>
    <message numerus="yes">
        <source>Intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Intact: %n record checked.</numerusform>
            <numerusform>Intact: %n records checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::BackupBox</name>
    <message numerus="yes">
        <source>The backup is intact: %n audit record(s), the newest from %1. Replace the current store with it? Changes made since then are not in the backup; the current store is kept beside it as a dated copy.</source>
        <translation>
            <numerusform>The backup is intact: %n audit record, the newest from %1. Replace the current store with it? Changes made since then are not in the backup; the current store is kept beside it as a dated copy.</numerusform>
            <numerusform>The backup is intact: %n audit records, the newest from %1. Replace the current store with it? Changes made since then are not in the backup; the current store is kept beside it as a dated copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::CompliancePage</name>
    <message numerus="yes">
        <source>%n operator(s) of CII: %1 duties missing, %2 overdue. Dates in red are past their due day; a target is the department&apos;s own, not the law&apos;s.</source>
        <translation>
            <numerusform>%n operator of CII: %1 duties missing, %2 overdue. Dates in red are past their due day; a target is the department&apos;s own, not the law&apos;s.</numerusform>
            <numerusform>%n operators of CII: %1 duties missing, %2 overdue. Dates in red are past their due day; a target is the department&apos;s own, not the law&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records, newest first (%n)</source>
        <translation>
            <numerusform>Records, newest first (%n)</numerusform>
            <numerusform>Records, newest first (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::DashboardPage</name>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::DeadlineModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n min late</numerusform>
            <numerusform>%n min late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min overdue</numerusform>
            <numerusform>%n min overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::DeadlinesPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown of %1</source>
        <translation>
            <numerusform>%n shown of %1</numerusform>
            <numerusform>%n shown of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>Exported %n item to %1</numerusform>
            <numerusform>Exported %n items to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::FilterableTable</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::FirstRunAssistant</name>
    <message numerus="yes">
        <source>A verified copy of the store is made there every day while the program runs, and before each upgrade; the newest %n are kept.</source>
        <translation>
            <numerusform>A verified copy of the store is made there every day while the program runs, and before each upgrade; the newest %n are kept.</numerusform>
            <numerusform>A verified copy of the store is made there every day while the program runs, and before each upgrade; the newest %n are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::GradingCriteriaDialog</name>
    <message numerus="yes">
        <source>%n criteria count</source>
        <translation>
            <numerusform>%n criteria count</numerusform>
            <numerusform>%n criteria count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled, not confirmed</source>
        <translation>
            <numerusform>%n disabled, not confirmed</numerusform>
            <numerusform>%n disabled, not confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited, not saved</source>
        <translation>
            <numerusform>%n edited, not saved</numerusform>
            <numerusform>%n edited, not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::HelpWindow</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::IdentificationPage</name>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identified</source>
        <translation>
            <numerusform>%n identified</numerusform>
            <numerusform>%n identified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a decision</source>
        <translation>
            <numerusform>%n awaiting a decision</numerusform>
            <numerusform>%n awaiting a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the decision</source>
        <translation>
            <numerusform>%n changed since the decision</numerusform>
            <numerusform>%n changed since the decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Identified %n system(s): </source>
        <translation>
            <numerusform>Identified %n system: </numerusform>
            <numerusform>Identified %n systems: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n notice(s): %1</source>
        <translation>
            <numerusform>Saved %n notice: %1</numerusform>
            <numerusform>Saved %n notices: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) ready to import. Nothing is written until you click Import.</source>
        <translation>
            <numerusform>%n row ready to import. Nothing is written until you click Import.</numerusform>
            <numerusform>%n rows ready to import. Nothing is written until you click Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until the file is corrected:</source>
        <translation>
            <numerusform>%n problem found. Nothing will be imported until the file is corrected:</numerusform>
            <numerusform>%n problems found. Nothing will be imported until the file is corrected:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::IncidentsPage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not closed</source>
        <translation>
            <numerusform>%n not closed</numerusform>
            <numerusform>%n not closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n onward report(s) due</source>
        <translation>
            <numerusform>%n onward report due</numerusform>
            <numerusform>%n onward reports due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::InspectionModel</name>
    <message numerus="yes">
        <source>Only %n free day(s) from inspection %1 (%2)</source>
        <translation>
            <numerusform>Only %n free day from inspection %1 (%2)</numerusform>
            <numerusform>Only %n free days from inspection %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::InspectionsPage</name>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) between departments&apos; plans</source>
        <translation>
            <numerusform>%n conflict between departments&apos; plans</numerusform>
            <numerusform>%n conflicts between departments&apos; plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inspection(s).</source>
        <translation>
            <numerusform>Imported %n inspection.</numerusform>
            <numerusform>Imported %n inspections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::MainWindow</name>
    <message numerus="yes">
        <source>%n deadline(s) overdue.</source>
        <translation>
            <numerusform>%n deadline overdue.</numerusform>
            <numerusform>%n deadlines overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::NoticeDialog</name>
    <message numerus="yes">
        <source>%n notice(s) will be numbered and saved; the preview shows the first.</source>
        <translation>
            <numerusform>%n notice will be numbered and saved; the preview shows the first.</numerusform>
            <numerusform>%n notices will be numbered and saved; the preview shows the first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::OnwardReportTray</name>
    <message numerus="yes">
        <source>Onward report: %n minute(s) left</source>
        <translation>
            <numerusform>Onward report: %n minute left</numerusform>
            <numerusform>Onward report: %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::OperatorsPage</name>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::RuleSetEditor</name>
    <message numerus="yes">
        <source>%1 of %n test case(s) pass</source>
        <translation>
            <numerusform>%1 of %n test case pass</numerusform>
            <numerusform>%1 of %n test cases pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) fail; filing is refused until every test passes:</source>
        <translation>
            <numerusform>%n test case fail; filing is refused until every test passes:</numerusform>
            <numerusform>%n test cases fail; filing is refused until every test passes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::SettingsPage</name>
    <message numerus="yes">
        <source>Import %n day(s) for %1? Days already recorded for those years are replaced, and every deadline is judged again.</source>
        <translation>
            <numerusform>Import %n day for %1? Days already recorded for those years are replaced, and every deadline is judged again.</numerusform>
            <numerusform>Import %n days for %1? Days already recorded for those years are replaced, and every deadline is judged again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::SystemDialog</name>
    <message numerus="yes">
        <source>This operator already has %n system(s) named “%1” (%2). Save only if this is a different system; lists will show the id beside the name.</source>
        <translation>
            <numerusform>This operator already has %n system named “%1” (%2). Save only if this is a different system; lists will show the id beside the name.</numerusform>
            <numerusform>This operator already has %n systems named “%1” (%2). Save only if this is a different system; lists will show the id beside the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::SystemsPage</name>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
</context>
</TS>
