<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssessmentAddCommand</name>
    <message>
        <source>Record a system&apos;s annual risk-assessment report (Art. 17); prints its id.</source>
        <translation>登记系统的年度风险评估报告（第十七条）；输出其编号。</translation>
    </message>
    <message>
        <source>System id.</source>
        <translation>系统编号。</translation>
    </message>
    <message>
        <source>The year assessed.</source>
        <translation>评估年度。</translation>
    </message>
    <message>
        <source>Day the report was received, YYYY-MM-DD.</source>
        <translation>收到报告的日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Number of findings (default 0).</source>
        <translation>发现问题数（默认 0）。</translation>
    </message>
    <message>
        <source>Summary of the rectification.</source>
        <translation>整改情况摘要。</translation>
    </message>
    <message>
        <source>--system, --year and --received are required</source>
        <translation>必须提供 --system、--year 和 --received</translation>
    </message>
</context>
<context>
    <name>AssessmentListCommand</name>
    <message>
        <source>List the annual risk-assessment reports received.</source>
        <translation>列出已收到的年度风险评估报告。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>record %1 follows record %2: records are missing</source>
        <translation>第 %1 条记录紧接在第 %2 条之后：有记录缺失</translation>
    </message>
    <message>
        <source>record %1 does not link to the record before it</source>
        <translation>第 %1 条记录与前一条记录的链接不符</translation>
    </message>
    <message>
        <source>record %1 was changed after it was written</source>
        <translation>第 %1 条记录在写入后被修改过</translation>
    </message>
    <message>
        <source>no audit record %1</source>
        <translation>没有第 %1 条审计记录</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a verified, consistent copy of the store (owner-only); the store may be in use meanwhile.</source>
        <translation>写入经校验的一致存储副本（仅所有者可读写）；备份期间存储可照常使用。</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>要写入的备份文件（不得已存在）。</translation>
    </message>
    <message>
        <source>expected: backup --out FILE</source>
        <translation>用法：backup --out 文件</translation>
    </message>
</context>
<context>
    <name>CalendarImportCommand</name>
    <message>
        <source>Import a year&apos;s holiday arrangement (CSV: date,kind,name_zh,name_en[,source_year]); a year&apos;s rows replace that year.</source>
        <translation>导入某一年的节假日安排（CSV：date,kind,name_zh,name_en[,source_year]）；同一年的记录整体替换。</translation>
    </message>
    <message>
        <source>Calendar CSV file.</source>
        <translation>节假日安排 CSV 文件。</translation>
    </message>
    <message>
        <source>expected: calendar import FILE</source>
        <translation>用法：calendar import 文件</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) for %1.</source>
        <translation>
            <numerusform>已导入 %1 年共 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarListCommand</name>
    <message>
        <source>List the statutory holidays and make-up working days in the store.</source>
        <translation>列出存储中的法定节假日和调休上班日。</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>仅列出该年。</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The calendar does not cover %1: deadlines in it are judged by weekends only until that year&apos;s arrangement is imported (calendar import FILE).</source>
        <translation>节假日日历未包含 %1 年：在导入该年安排（calendar import 文件）之前，该年的期限仅按周末判断。</translation>
    </message>
</context>
<context>
    <name>CaseExplanation</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>importance to core business</source>
        <translation>对关键核心业务的重要程度</translation>
    </message>
    <message>
        <source>harm if destroyed, disabled or leaked</source>
        <translation>遭到破坏、丧失功能或数据泄露可能带来的危害程度</translation>
    </message>
    <message>
        <source>impact on other sectors</source>
        <translation>对其他行业和领域的关联性影响</translation>
    </message>
    <message>
        <source>Not identified yet. Choose a scope and press Identify.</source>
        <translation>尚未认定。请选择范围并点击“认定”。</translation>
    </message>
    <message>
        <source>Case %1, identified %2 under “%3”, version %4.</source>
        <translation>认定 %1，于 %2 依据《%3》第 %4 版作出。</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>标准 %1</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;: value %3 (%4)</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;：数值 %3（%4）</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;: no value for %3</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;：缺少 %3 的数据</translation>
    </message>
    <message>
        <source>CII because %1 is met:</source>
        <translation>认定为关键信息基础设施，因为符合%1：</translation>
    </message>
    <message>
        <source> and </source>
        <translation>且</translation>
    </message>
    <message>
        <source>Insufficient data: %1 cannot be decided while these values are missing (a missing value is never counted as “not met”):</source>
        <translation>数据不足：以下数据缺失，%1无法判定（缺失数据不按“不符合”处理）：</translation>
    </message>
    <message>
        <source>Not CII: no applicable criterion that could make it CII is met.</source>
        <translation>不认定：未符合任何可据以认定的适用标准。</translation>
    </message>
    <message>
        <source>Overridden to %1 by %2 on %3. Reason: %4</source>
        <translation>已由 %2 于 %3 改判为 %1。理由：%4</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2.</source>
        <translation>已由 %1 于 %2 确认。</translation>
    </message>
    <message>
        <source>Awaiting the department&apos;s decision.</source>
        <translation>待本部门决定。</translation>
    </message>
    <message>
        <source>The result differs from the decision in force (%1).</source>
        <translation>本次结果与现行决定（%1）不同。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未通知</translation>
    </message>
    <message>
        <source>Operator notified: %1</source>
        <translation>已通知运营者：%1</translation>
    </message>
    <message>
        <source>MPS notified: %1</source>
        <translation>已通报公安部：%1</translation>
    </message>
    <message>
        <source>to the MPS</source>
        <translation>致公安部</translation>
    </message>
    <message>
        <source>to the operator</source>
        <translation>致运营者</translation>
    </message>
    <message>
        <source>Notices: %1</source>
        <translation>通知：%1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria do not apply to this category of system.</source>
        <translation>
            <numerusform>%n 项标准不适用于此类系统。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up: identified as CII, but the system is protected at MLPS level %1. CII is expected to be protected at level 3 or above: ask the operator to have it classified and protected accordingly.</source>
        <translation>需跟进：已认定为关键信息基础设施，但该系统的网络安全等级保护级别为第%1级。关键信息基础设施原则上应按第三级以上保护：请督促运营者重新定级并落实相应保护。</translation>
    </message>
    <message>
        <source>Decided: %1 (override) — engine: %2</source>
        <translation>已决定：%1（改判）— 引擎结论：%2</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>已决定：%1</translation>
    </message>
    <message>
        <source>Decided: %1 — new result awaiting decision: %2</source>
        <translation>已决定：%1 — 新结论待决定：%2</translation>
    </message>
    <message>
        <source>%1 (awaiting decision)</source>
        <translation>%1（待决定）</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>Case</source>
        <translation>认定编号</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>认定规则</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎结论</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定逻辑</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>no identification case with id %1</source>
        <translation>不存在编号为 %1 的认定</translation>
    </message>
    <message>
        <source>case %1 was already decided (%2) on %3; identify the system again to reconsider it</source>
        <translation>认定 %1 已于 %3 作出决定（%2）；如需重新考虑，请对该系统重新认定</translation>
    </message>
    <message>
        <source>case %1 has insufficient data: complete the system&apos;s indicator values and identify again, or override with cii or not-cii and a reason</source>
        <translation>认定 %1 数据不足：请补全该系统的指标数据后重新认定，或以“cii”或“not-cii”改判并说明理由</translation>
    </message>
    <message>
        <source>an override is cii or not-cii, not &apos;%1&apos;</source>
        <translation>改判结论应为 cii 或 not-cii，而不是“%1”</translation>
    </message>
    <message>
        <source>the engine&apos;s outcome is already %1; confirm it instead</source>
        <translation>引擎结论已是 %1，请直接确认</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>改判必须说明理由</translation>
    </message>
    <message>
        <source>case %1 is not the newest for system %2; decide case %3 instead</source>
        <translation>认定 %1 不是系统 %2 的最新认定，请对认定 %3 作出决定</translation>
    </message>
    <message>
        <source>case %1 was decided meanwhile</source>
        <translation>认定 %1 已被他人同时作出决定</translation>
    </message>
    <message>
        <source>notified party is operator or mps, not &apos;%1&apos;</source>
        <translation>通知对象应为 operator（运营者）或 mps（公安部），而不是“%1”</translation>
    </message>
    <message>
        <source>case %1 is not decided yet; decide it before notifying</source>
        <translation>认定 %1 尚未决定，请先作出决定再通知</translation>
    </message>
    <message>
        <source>the notification date cannot be before the decision (%1)</source>
        <translation>通知日期不能早于决定日期（%1）</translation>
    </message>
    <message>
        <source>case %1: notification of %2 already recorded on %3</source>
        <translation>认定 %1：对 %2 的通知已于 %3 登记</translation>
    </message>
</context>
<context>
    <name>CasesListCommand</name>
    <message>
        <source>List identification cases.</source>
        <translation>列出认定记录。</translation>
    </message>
    <message>
        <source>Only this system&apos;s cases (id).</source>
        <translation>仅该系统的认定（编号）。</translation>
    </message>
    <message>
        <source>Only cases with this status: evaluated, decided or notified.</source>
        <translation>仅该状态的认定：evaluated（已评估）、decided（已决定）或 notified（已通知）。</translation>
    </message>
    <message>
        <source>Only this sector (key).</source>
        <translation>只列出该行业领域（键）。</translation>
    </message>
    <message>
        <source>Only each system&apos;s newest case.</source>
        <translation>每个系统仅列最新一次认定。</translation>
    </message>
    <message>
        <source>--status takes evaluated, decided or notified</source>
        <translation>--status 取值为 evaluated、decided 或 notified</translation>
    </message>
</context>
<context>
    <name>CasesShowCommand</name>
    <message>
        <source>Show one identification case with its trace.</source>
        <translation>显示一项认定及其判定过程。</translation>
    </message>
    <message>
        <source>Case id.</source>
        <translation>认定编号。</translation>
    </message>
    <message>
        <source>Case %1 — system %2 (%3), rules version %4</source>
        <translation>认定 %1 — 系统 %2（%3），规则第 %4 版</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>引擎结论：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Decision: %1 by %2 at %3</source>
        <translation>决定：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Decisive</source>
        <translation>决定性</translation>
    </message>
    <message>
        <source>Follow-up: decided CII but protected at MLPS level %1, below level 3 — ask the operator to raise its classified protection.</source>
        <translation>需跟进：已认定为关键信息基础设施，但等级保护级别为第%1级，低于第三级——请督促运营者提高等级保护级别。</translation>
    </message>
</context>
<context>
    <name>ChangeReportAddCommand</name>
    <message>
        <source>Record an operator&apos;s report of a major change (Art. 11); prints its id.</source>
        <translation>登记运营者的重大变化报告（第十一条）；输出其编号。</translation>
    </message>
    <message>
        <source>Operator id.</source>
        <translation>运营者编号。</translation>
    </message>
    <message>
        <source>Affected system ids, separated by commas.</source>
        <translation>受影响的系统编号，以逗号分隔。</translation>
    </message>
    <message>
        <source>Day the report was received, YYYY-MM-DD.</source>
        <translation>收到报告的日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>What changed.</source>
        <translation>变化情况。</translation>
    </message>
    <message>
        <source>References to the papers received.</source>
        <translation>所收材料的索引。</translation>
    </message>
    <message>
        <source>--operator, --systems, --received and --description are required</source>
        <translation>必须提供 --operator、--systems、--received 和 --description</translation>
    </message>
</context>
<context>
    <name>ChangeReportListCommand</name>
    <message>
        <source>List change reports with their re-identification due dates.</source>
        <translation>列出变化报告及其重新认定期限。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: intact, %n record(s)</source>
        <translation>
            <numerusform>审计日志：完整，共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: BROKEN at record %1: %2</source>
        <translation>审计日志：在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Check the store: integrity, schema version, audit chain, and that every table, index and trigger is the one the migrations created.</source>
        <translation>检查存储：完整性、结构版本、审计链，以及每个表、索引和触发器是否与迁移所建完全一致。</translation>
    </message>
    <message>
        <source>Tables, indexes and triggers: as the migrations created them</source>
        <translation>表、索引和触发器：与迁移所建一致</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>结构：%1</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>以只读方式打开：%1</translation>
    </message>
</context>
<context>
    <name>ChinaTime</name>
    <message>
        <source>%1 is not a date and time like 2026-11-26T09:30+08:00</source>
        <translation>%1 不是形如 2026-11-26T09:30+08:00 的日期时间</translation>
    </message>
    <message>
        <source>%1 is not a real date and time</source>
        <translation>%1 不是有效的日期时间</translation>
    </message>
    <message>
        <source>%1 has no such offset from UTC</source>
        <translation>%1 的 UTC 时差无效</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>CII Workbench command line: the registry, identification and deadlines of a protection work department.</source>
        <translation>关保工作台命令行：保护工作部门的登记信息、认定和时限管理。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>the store (default: %1)</source>
        <translation>数据库（默认：%1）</translation>
    </message>
    <message>
        <source>one JSON object on stdout</source>
        <translation>在标准输出上输出一个 JSON 对象</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>输出版本号</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage error, 3 input rejected (nothing written), 4 storage error.</source>
        <translation>退出码：0 成功，2 用法错误，3 输入被拒绝（未写入任何内容），4 存储错误。</translation>
    </message>
    <message>
        <source>Run &apos;cii-workbench-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;cii-workbench-cli 命令 --help&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>--lang takes zh or en</source>
        <translation>--lang 可取 zh 或 en</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;cii-workbench-cli --help&apos;)</source>
        <translation>未知命令“%1”（参见 &apos;cii-workbench-cli --help&apos;）</translation>
    </message>
    <message>
        <source>Usage: cii-workbench-cli [--db PATH|postgresql://…] [--lang zh|en] [--json] COMMAND [ARGS]</source>
        <translation>用法：cii-workbench-cli [--db 路径|postgresql://…] [--lang zh|en] [--json] 命令 [参数]</translation>
    </message>
    <message>
        <source>a shared store on PostgreSQL; the password comes from PGPASSFILE or is asked for</source>
        <translation>PostgreSQL 上的共享数据库；密码取自 PGPASSFILE，或在需要时询问</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%2 上用户 %1 的密码：</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Global options (before or after the command): --db PATH, --json, --lang zh|en.</source>
        <translation>全局选项（可放在命令前或后）：--db 路径、--json、--lang zh|en。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source> (see &apos;cii-workbench-cli %1 --help&apos;)</source>
        <translation>（参见 &apos;cii-workbench-cli %1 --help&apos;）</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 须为 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id</source>
        <translation>“%1”不是编号</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>缺少编号</translation>
    </message>
    <message>
        <source>Language of messages: zh or en.</source>
        <translation>提示信息的语言：zh 或 en。</translation>
    </message>
    <message>
        <source>--lang takes zh or en</source>
        <translation>--lang 可取 zh 或 en</translation>
    </message>
    <message>
        <source>%1 takes ids, not &apos;%2&apos;</source>
        <translation>%1 需要编号，而不是“%2”</translation>
    </message>
    <message>
        <source>--%1 YYYY-MM-DD is required</source>
        <translation>必须提供 --%1 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD</source>
        <translation>--%1 需要日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--format takes pdf or odt</source>
        <translation>--format 可取 pdf 或 odt</translation>
    </message>
    <message>
        <source>the document language takes zh, en or bilingual</source>
        <translation>文档语言可取 zh、en 或 bilingual</translation>
    </message>
</context>
<context>
    <name>ComplianceChecklist</name>
    <message>
        <source>Evidenced</source>
        <translation>已有证据</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>ComplianceDuty</name>
    <message>
        <source>a person&apos;s name</source>
        <translation>人员姓名</translation>
    </message>
    <message>
        <source>the body&apos;s name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>an amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>read from other records</source>
        <translation>取自其他记录</translation>
    </message>
    <message>
        <source>%1 is read from the operator events (event add)</source>
        <translation>%1 取自运营者事件记录（event add）</translation>
    </message>
    <message>
        <source>%1 is read from the annual assessments (assessment add)</source>
        <translation>%1 取自年度评估记录（assessment add）</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>须为 0 或正整数</translation>
    </message>
    <message>
        <source>an amount in yuan, e.g. 1200000 or 1200000.50</source>
        <translation>须为金额（元），例如 1200000 或 1200000.50</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写内容</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>ComplianceExportCommand</name>
    <message>
        <source>Write the compliance evidence in force as CSV (what compliance import reads).</source>
        <translation>以 CSV 格式输出现行有效的合规证据（可由 compliance import 读入）。</translation>
    </message>
    <message>
        <source>File to write (default: standard output).</source>
        <translation>输出文件（默认：标准输出）。</translation>
    </message>
</context>
<context>
    <name>ComplianceImportCommand</name>
    <message>
        <source>Import compliance evidence from CSV (operator, duty, value, date); all or nothing.</source>
        <translation>从 CSV 导入合规证据（运营者、义务、内容、日期）；全部导入或全部不导入。</translation>
    </message>
    <message>
        <source>A .csv file.</source>
        <translation>一个 .csv 文件。</translation>
    </message>
    <message>
        <source>name one file</source>
        <translation>请指定一个文件</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>已导入 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceListCommand</name>
    <message>
        <source>The compliance checklist: per operator of CII, each duty evidenced, missing or overdue (Art. 13–17, 19–21).</source>
        <translation>合规清单：逐一列出关键信息基础设施运营者各项义务的证据情况——已有证据、缺失或逾期（第十三条至第十七条、第十九条至第二十一条）。</translation>
    </message>
    <message>
        <source>Judge as of this day (default today).</source>
        <translation>按此日期判断（默认今天）。</translation>
    </message>
    <message>
        <source>Only duties in this state: evidenced, missing or overdue.</source>
        <translation>仅列出处于此状态的义务：evidenced（已有证据）、missing（缺失）或 overdue（逾期）。</translation>
    </message>
    <message>
        <source>Only this duty (its key).</source>
        <translation>仅列出此项义务（义务键）。</translation>
    </message>
    <message>
        <source>--state takes %1</source>
        <translation>--state 的取值为 %1</translation>
    </message>
    <message>
        <source>--duty takes %1</source>
        <translation>--duty 的取值为 %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Evidenced</source>
        <translation>已有证据</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
</context>
<context>
    <name>CompliancePeriodCommand</name>
    <message>
        <source>Set the department&apos;s renewal period of a background check or drill (months, 0 for none): a target, not a legal deadline.</source>
        <translation>设定本部门对安全背景审查或应急演练的复查周期（月数，0 表示不设）：属于工作目标，而非法定期限。</translation>
    </message>
    <message>
        <source>The duty: %1.</source>
        <translation>义务：%1。</translation>
    </message>
    <message>
        <source>Months, 0 to 240 (0: no period).</source>
        <translation>月数，0 至 240（0 表示不设周期）。</translation>
    </message>
    <message>
        <source>give KEY MONTHS</source>
        <translation>请给出 KEY MONTHS</translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>no such operator</source>
        <translation>没有该运营者</translation>
    </message>
    <message>
        <source>operator %1 operates no CII (no system&apos;s decision in force is CII)</source>
        <translation>运营者 %1 未运营关键信息基础设施（没有现行认定结论为关键信息基础设施的系统）</translation>
    </message>
    <message>
        <source>unknown duty &apos;%1&apos;; one of %2</source>
        <translation>未知义务“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>需要日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>evidence cannot be dated after today (%1)</source>
        <translation>证据日期不能晚于今天（%1）</translation>
    </message>
    <message>
        <source>no operator with id or code &apos;%1&apos;</source>
        <translation>没有编号或代码为“%1”的运营者</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n 行无法导入；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>the evidence cannot be recorded</source>
        <translation>无法登记该证据</translation>
    </message>
    <message>
        <source>a renewal period is set for %1 only</source>
        <translation>仅可为 %1 设定复查周期</translation>
    </message>
    <message>
        <source>months: 0 (no period) to 240</source>
        <translation>月数：0（不设周期）至 240</translation>
    </message>
</context>
<context>
    <name>ComplianceSetCommand</name>
    <message>
        <source>Record evidence of an operator&apos;s duty (Art. 13–16, 19, 20); prints its id.</source>
        <translation>登记运营者某项义务的证据（第十三条至第十六条、第十九条、第二十条）；输出其编号。</translation>
    </message>
    <message>
        <source>Operator id or unified social credit code.</source>
        <translation>运营者编号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>The duty: %1.</source>
        <translation>义务：%1。</translation>
    </message>
    <message>
        <source>What the evidence shows.</source>
        <translation>证据所载内容。</translation>
    </message>
    <message>
        <source>Date of the evidence, YYYY-MM-DD (default today).</source>
        <translation>证据日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>give OPERATOR KEY VALUE</source>
        <translation>请给出 OPERATOR KEY VALUE</translation>
    </message>
</context>
<context>
    <name>ComplianceShowCommand</name>
    <message>
        <source>An operator&apos;s compliance profile: each duty evidenced, missing or overdue, and every record.</source>
        <translation>运营者的合规档案：各项义务已有证据、缺失或逾期的情况，以及全部记录。</translation>
    </message>
    <message>
        <source>Operator id or unified social credit code.</source>
        <translation>运营者编号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>Judge as of this day (default today).</source>
        <translation>按此日期判断（默认今天）。</translation>
    </message>
    <message>
        <source>name one operator</source>
        <translation>请指定一个运营者</translation>
    </message>
    <message>
        <source>operator %1 operates no CII (no system&apos;s decision in force is CII): it has no compliance profile</source>
        <translation>运营者 %1 未运营关键信息基础设施（没有现行认定结论为关键信息基础设施的系统）：没有合规档案</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1（目标）</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Records (newest first):</source>
        <translation>记录（最新在前）：</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>ComplianceTransfer</name>
    <message>
        <source>missing column</source>
        <translation>缺少该列</translation>
    </message>
    <message>
        <source>the file does not have the compliance columns</source>
        <translation>该文件缺少合规证据所需的列</translation>
    </message>
    <message>
        <source>the file has no records</source>
        <translation>该文件没有记录</translation>
    </message>
    <message>
        <source>no operator with code or id &apos;%1&apos; in the registry</source>
        <translation>登记信息中没有代码或编号为“%1”的运营者</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>需要日期 YYYY-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n 行无法导入；未导入任何内容</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not valid GBK text</source>
        <translation>该文件不是有效的 GBK 文本</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (try --encoding gbk)</source>
        <translation>该文件不是有效的 UTF-8 文本（可尝试 --encoding gbk）</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GBK text</source>
        <translation>该文件既不是 UTF-8 文本，也不是 GBK 文本</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>未加引号的字段中出现引号（请给整个字段加引号，并将其中的引号写两次）</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>加引号字段的结束引号之后还有文字</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>加引号的字段直到文件结尾都未闭合</translation>
    </message>
    <message>
        <source>the file is empty: the first row must name the columns</source>
        <translation>文件为空：第一行必须是列名</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns</source>
        <translation>有 %1 个字段，但表头只有 %2 列</translation>
    </message>
    <message>
        <source>missing: the row has %1 fields, the header names %2 columns</source>
        <translation>缺少：该行有 %1 个字段，表头有 %2 列</translation>
    </message>
    <message>
        <source>the CSV file is malformed</source>
        <translation>CSV 文件格式有误</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>适用于 Excel 的 CSV，带 BOM 的 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV in GBK, for older Excel (*.csv)</source>
        <translation>GBK 编码的 CSV，适用于旧版 Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export operators</source>
        <translation>导出运营者</translation>
    </message>
    <message>
        <source>Export systems</source>
        <translation>导出系统</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CII Workbench store (not an SQLite database); it was left untouched</source>
        <translation>%1 不是关保工作台的数据库（不是 SQLite 数据库）；未作任何改动</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store</source>
        <translation>%1 是文件夹，不是数据库</translation>
    </message>
    <message>
        <source>no store at %1 (create one with &apos;init&apos; or &apos;demo&apos;)</source>
        <translation>%1 处没有数据库（请用 init 或 demo 创建）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer CII Workbench (schema version %2; this version knows up to %3). It was left untouched: update the application to open it.</source>
        <translation>%1 由更新版本的关保工作台写入（数据结构版本 %2；本版本最高支持 %3）。未作任何改动：请升级本软件后再打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CII Workbench store; it was left untouched</source>
        <translation>%1 是 SQLite 数据库，但不是关保工作台的数据库；未作任何改动</translation>
    </message>
    <message>
        <source>upgrading the store to schema version %1 failed, nothing was changed: %2</source>
        <translation>将数据库升级到数据结构版本 %1 失败，未作任何改动：%2</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>its audit log has %1 records but its last is number %2: records were removed; run verify-audit</source>
        <translation>其审计日志有 %1 条记录，但最后一条的编号为 %2：有记录被删除；请运行 verify-audit</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a store; it was left untouched (make a store with &apos;init&apos;)</source>
        <translation>%1 是空文件，不是数据存储；未做任何改动（请用 init 新建存储）</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>所在文件夹为只读</translation>
    </message>
    <message>
        <source>%1 is an empty file that cannot be written (%2): it cannot become a store</source>
        <translation>%1 是无法写入的空文件（%2）：不能作为存储</translation>
    </message>
    <message>
        <source>%1 is read-only (%2) and was written by an older CII Workbench (schema version %3): it must be upgraded, which needs write access. It was left untouched.</source>
        <translation>%1 为只读（%2），且由旧版关保工作台写入（结构版本 %3）：需要升级，而升级需要写权限。未做任何改动。</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>文件头无法读取</translation>
    </message>
    <message>
        <source>%1 free pages of %2</source>
        <translation>%2 页中有 %1 页空闲</translation>
    </message>
    <message>
        <source>the file is %1 bytes, its header says %2 pages of %3 bytes</source>
        <translation>文件为 %1 字节，但文件头记载为 %2 页、每页 %3 字节</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): nothing was changed.</source>
        <translation>%1 以只读方式打开（%2）：未做任何更改。</translation>
    </message>
    <message>
        <source>its audit log ends at record %1, but this workstation wrote record %2: records were cut off the end; run verify-audit</source>
        <translation>其审计日志止于第 %1 条记录，但本工作站曾写入第 %2 条：日志末尾的记录被截去；请运行 verify-audit</translation>
    </message>
    <message>
        <source>audit record %1 is not the one this workstation wrote: the log was rewritten; run verify-audit</source>
        <translation>第 %1 条审计记录与本工作站写入的不一致：日志被改写；请运行 verify-audit</translation>
    </message>
    <message>
        <source>opened for inspection</source>
        <translation>为检查而打开</translation>
    </message>
    <message>
        <source>the store was not upgraded: the backup made before an upgrade failed (%1)</source>
        <translation>存储未升级：升级前的备份失败（%1）</translation>
    </message>
    <message>
        <source>cannot open %1: this installation has no PostgreSQL support (install the package libqt6sql6-psql)</source>
        <translation>无法打开 %1：本安装不支持 PostgreSQL（请安装软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>the server of %1 asks for the password of %2: put it in the file PGPASSFILE names (~/.pgpass), or type it when asked</source>
        <translation>%1 的服务器要求提供用户 %2 的密码：请写入 PGPASSFILE 所指的文件（~/.pgpass），或在询问时输入</translation>
    </message>
    <message>
        <source>the server of %1 refused the password of %2</source>
        <translation>%1 的服务器拒绝了用户 %2 的密码</translation>
    </message>
    <message>
        <source>the database %1 does not exist and could not be created (%2): ask the server&apos;s administrator to create it for you</source>
        <translation>数据库 %1 不存在且无法创建（%2）：请服务器管理员为您创建</translation>
    </message>
    <message>
        <source>the server is a standby that only replicates</source>
        <translation>该服务器是只做复制的备用服务器</translation>
    </message>
    <message>
        <source>the PostgreSQL database %1 is empty, not a store yet: make it one with &apos;init&apos;, or copy a store into it with &apos;migrate-store&apos;</source>
        <translation>PostgreSQL 数据库 %1 是空的，尚不是数据库存储：请用“init”初始化，或用“migrate-store”把现有存储复制进去</translation>
    </message>
    <message>
        <source>%1 is read-only (%2) and was written by an older CII Workbench (schema version %3): it must be upgraded by a user who may write. It was left untouched.</source>
        <translation>%1 为只读（%2），且由旧版关保工作台写入（架构版本 %3）：须由有写权限的用户升级。未作任何改动。</translation>
    </message>
    <message>
        <source>the database user %1 may not create tables in %2, so it cannot become a store: ask the server&apos;s administrator</source>
        <translation>数据库用户 %1 无权在 %2 中建表，因此无法将其初始化为存储：请联系服务器管理员</translation>
    </message>
    <message>
        <source>the database user %1 may only read this store</source>
        <translation>数据库用户 %1 对此存储只有读权限</translation>
    </message>
    <message>
        <source>the PostgreSQL database %1 holds other tables and is not a CII Workbench store; it was left untouched</source>
        <translation>PostgreSQL 数据库 %1 中有其他表，不是关保工作台的存储；未作任何改动</translation>
    </message>
    <message>
        <source>%1 is not empty: a store is copied only into a new or empty file; it was left untouched</source>
        <translation>%1 不是空文件：数据库只能复制到新文件或空文件中；未对其作任何改动</translation>
    </message>
    <message numerus="yes">
        <source>the PostgreSQL database %1 is not empty (it has %n tables): a store is copied only into a database without tables; it was left untouched</source>
        <translation>
            <numerusform>PostgreSQL 数据库 %1 不是空库（其中有 %n 张表）：数据库只能复制到没有表的数据库中；未对其作任何改动</numerusform>
        </translation>
    </message>
    <message>
        <source>the database user %1 may not read the store %2: the administrator makes it a member of cii_readers or cii_writers (resources/postgres/setup-roles.sql)</source>
        <translation>数据库用户 %1 无权读取存储 %2：请管理员将其加入 cii_readers 或 cii_writers（见 resources/postgres/setup-roles.sql）</translation>
    </message>
</context>
<context>
    <name>DeadlineEngine</name>
    <message>
        <source>Re-identification after the change report of %1 (%2)</source>
        <translation>%1 变化报告（%2）后的重新认定</translation>
    </message>
    <message>
        <source>Annual risk assessment %1 of %2</source>
        <translation>%2 的 %1 年度风险评估</translation>
    </message>
    <message>
        <source>Follow up the %1 reported by %2 (%3)</source>
        <translation>跟进 %2 报告的%1（%3）</translation>
    </message>
    <message>
        <source> — review the CII systems: %1</source>
        <translation> — 需复核的关键信息基础设施：%1</translation>
    </message>
    <message>
        <source>Re-identification</source>
        <translation>重新认定</translation>
    </message>
    <message>
        <source>Annual assessment</source>
        <translation>年度评估</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Operator event</source>
        <translation>运营者事件</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>安全威胁</translation>
    </message>
    <message>
        <source>merger</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>separation</source>
        <translation>分立</translation>
    </message>
    <message>
        <source>dissolution</source>
        <translation>解散</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Rectification of finding %1 (inspection %2, %3)</source>
        <translation>问题 %1 的整改（检查 %2，%3）</translation>
    </message>
    <message>
        <source>Target: notify the operator and the MPS of case %1 (%2)</source>
        <translation>目标期限：将案件 %1（%2）的认定结果通知运营者并通报公安部</translation>
    </message>
    <message>
        <source>due %1, last day %2 after %3</source>
        <translation>期限 %1，因%3顺延至 %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>statutory deadline, %1</source>
        <translation>法定期限，%1</translation>
    </message>
    <message>
        <source>target set by the department, %1</source>
        <translation>本部门设定的目标期限，%1</translation>
    </message>
    <message>
        <source>— the holiday calendar lacks %1: weekends only</source>
        <translation>——节假日日历缺少 %1 年安排，仅按周末计算</translation>
    </message>
    <message>
        <source>The operator&apos;s report of incident %1 (%2), due 1 hour after discovery</source>
        <translation>运营者报告事件 %1（%2），发现后 1 小时内</translation>
    </message>
    <message>
        <source>Onward report of incident %1 (%2) to the CAC and the MPS</source>
        <translation>向国家网信部门和国务院公安部门报告事件 %1（%2）</translation>
    </message>
    <message>
        <source>Follow-up report of incident %1 (%2)</source>
        <translation>事件 %1（%2）的补报</translation>
    </message>
    <message>
        <source>Summary report of incident %1 (%2)</source>
        <translation>事件 %1（%2）的处置总结报告</translation>
    </message>
    <message>
        <source>Report of incident %1 (%2)</source>
        <translation>事件 %1（%2）的报告</translation>
    </message>
    <message>
        <source>Rectification ordered in enforcement case %1 (%2)</source>
        <translation>执法案件 %1（%2）责令改正的期限</translation>
    </message>
    <message>
        <source>Statement and defence in enforcement case %1 (%2)</source>
        <translation>执法案件 %1（%2）的陈述、申辩期限</translation>
    </message>
    <message>
        <source>Time to request a hearing in enforcement case %1 (%2)</source>
        <translation>执法案件 %1（%2）的听证申请期限</translation>
    </message>
    <message>
        <source>Time to apply for administrative reconsideration in enforcement case %1 (%2)</source>
        <translation>执法案件 %1（%2）的行政复议申请期限</translation>
    </message>
    <message>
        <source>Time to bring an administrative lawsuit in enforcement case %1 (%2)</source>
        <translation>执法案件 %1（%2）的行政诉讼起诉期限</translation>
    </message>
    <message>
        <source>Enforcement case %1 (%2)</source>
        <translation>执法案件 %1（%2）</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>事件报告</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <source>cybersecurity incident</source>
        <translation>网络安全事件</translation>
    </message>
</context>
<context>
    <name>DeadlineExport</name>
    <message>
        <source>CII Workbench: deadlines</source>
        <translation>关保工作台：期限</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the department&apos;s own target</source>
        <translation>本部门自定目标</translation>
    </message>
    <message>
        <source>Due %1; last day %2; %3</source>
        <translation>期限 %1；最后一日 %2；%3</translation>
    </message>
</context>
<context>
    <name>DeadlineRepository</name>
    <message>
        <source>the assessment due day must be a day of the year (MM-DD)</source>
        <translation>年度评估截止日须为一年中的某一天（MM-DD）</translation>
    </message>
    <message>
        <source>day counts must be between 0 and 3650 (due soon: 0 to 365)</source>
        <translation>天数须在 0 到 3650 之间（即将到期：0 到 365）</translation>
    </message>
    <message>
        <source>received: the date the report was received is required</source>
        <translation>received：必须填写收到报告的日期</translation>
    </message>
    <message>
        <source>received: a report cannot be received in the future</source>
        <translation>received：收到日期不能晚于今天</translation>
    </message>
    <message>
        <source>description: say what changed</source>
        <translation>description：请说明变化情况</translation>
    </message>
    <message>
        <source>systems: name the systems the change affects</source>
        <translation>systems：请指明受影响的系统</translation>
    </message>
    <message>
        <source>systems: no system with id %1</source>
        <translation>systems：不存在编号为 %1 的系统</translation>
    </message>
    <message>
        <source>systems: system %1 belongs to another operator</source>
        <translation>systems：系统 %1 属于其他运营者</translation>
    </message>
    <message>
        <source>received: a date on or before today is required</source>
        <translation>received：日期不能晚于今天</translation>
    </message>
    <message>
        <source>year: %1 is not a plausible assessment year</source>
        <translation>year：%1 不是合理的评估年度</translation>
    </message>
    <message>
        <source>findings: cannot be negative</source>
        <translation>findings：不能为负数</translation>
    </message>
    <message>
        <source>the %1 assessment of system %2 is already recorded</source>
        <translation>系统 %2 的 %1 年度评估已登记</translation>
    </message>
    <message>
        <source>kind: one of %1</source>
        <translation>kind：应为 %1 之一</translation>
    </message>
    <message>
        <source>date: a date on or before today is required</source>
        <translation>date：日期不能晚于今天</translation>
    </message>
    <message>
        <source>due: the follow-up is due on or after the event</source>
        <translation>due：跟进期限不能早于事件日期</translation>
    </message>
    <message>
        <source>description: say what happened</source>
        <translation>description：请说明事件情况</translation>
    </message>
    <message>
        <source>no operator event with id %1</source>
        <translation>不存在编号为 %1 的运营者事件</translation>
    </message>
    <message>
        <source>event %1 was already closed on %2</source>
        <translation>事件 %1 已于 %2 办结</translation>
    </message>
    <message>
        <source>date: between the event and today</source>
        <translation>date：应在事件日期与今天之间</translation>
    </message>
    <message>
        <source>the first-assessment cut-off month must be 1 to 12, or 0 for always the year after identification</source>
        <translation>首次评估的截止月份须为 1 至 12，或 0（一律自认定次年起）</translation>
    </message>
</context>
<context>
    <name>DeadlinesCommand</name>
    <message>
        <source>What is due, overdue or done late: re-identifications, assessments, notifications, event follow-ups.</source>
        <translation>到期、逾期及逾期完成事项：重新认定、年度评估、通知、事件跟进。</translation>
    </message>
    <message>
        <source>Compute as of this day (default today).</source>
        <translation>以该日期计算（默认今天）。</translation>
    </message>
    <message>
        <source>Only this kind: %1.</source>
        <translation>仅该类型：%1。</translation>
    </message>
    <message>
        <source>Only this status: %1.</source>
        <translation>仅该状态：%1。</translation>
    </message>
    <message>
        <source>Only this sector (key).</source>
        <translation>只列出该行业领域（键）。</translation>
    </message>
    <message>
        <source>--kind takes %1</source>
        <translation>--kind 取值为 %1</translation>
    </message>
    <message>
        <source>--status takes %1</source>
        <translation>--status 取值为 %1</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知行业领域“%1”</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1（目标期限）</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一日</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>DeadlinesExportCommand</name>
    <message>
        <source>Write the due list as iCalendar (.ics) or CSV.</source>
        <translation>将期限清单导出为 iCalendar（.ics）或 CSV。</translation>
    </message>
    <message>
        <source>ics or csv.</source>
        <translation>ics 或 csv。</translation>
    </message>
    <message>
        <source>Compute as of this day (default today).</source>
        <translation>以该日期计算（默认今天）。</translation>
    </message>
    <message>
        <source>File to write (default: standard output).</source>
        <translation>输出文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>--format takes ics or csv</source>
        <translation>--format 取值为 ics 或 csv</translation>
    </message>
</context>
<context>
    <name>DeadlinesSettingsCommand</name>
    <message>
        <source>Show or change how deadlines are computed (shared by every workstation).</source>
        <translation>查看或修改期限计算设置（所有工作站共用）。</translation>
    </message>
    <message>
        <source>Day of the year the annual assessment is due, MM-DD (default 12-31).</source>
        <translation>年度评估截止日，MM-DD（默认 12-31）。</translation>
    </message>
    <message>
        <source>Days after a decision to notify the operator and the MPS (default 30).</source>
        <translation>作出决定后通知运营者和公安部的天数（默认 30）。</translation>
    </message>
    <message>
        <source>Days ahead an item counts as due soon (default 14).</source>
        <translation>提前多少天视为即将到期（默认 14）。</translation>
    </message>
    <message>
        <source>--assessment-due takes MM-DD</source>
        <translation>--assessment-due 取值为 MM-DD</translation>
    </message>
    <message>
        <source>Annual assessment due: %1</source>
        <translation>年度评估截止日：%1</translation>
    </message>
    <message numerus="yes">
        <source>Notify within: %n day(s)</source>
        <translation>
            <numerusform>通知期限：%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon: %n day(s) ahead</source>
        <translation>
            <numerusform>即将到期：提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Art. 17: a system identified before this month (1-12) owes an assessment for the same year; 0 (default): from the year after identification.</source>
        <translation>第十七条：在该月（1–12）之前认定的系统当年即须评估；0（默认）：自认定次年起。</translation>
    </message>
    <message>
        <source>First assessment: the year after identification</source>
        <translation>首次评估：认定次年</translation>
    </message>
    <message>
        <source>First assessment: the same year when identified before month %1, else the year after</source>
        <translation>首次评估：%1 月之前认定的为当年，否则为次年</translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>Confirm a case&apos;s outcome, or override it with a reason.</source>
        <translation>确认认定结论，或说明理由后改判。</translation>
    </message>
    <message>
        <source>Case id.</source>
        <translation>认定编号。</translation>
    </message>
    <message>
        <source>Confirm the engine&apos;s outcome.</source>
        <translation>确认引擎结论。</translation>
    </message>
    <message>
        <source>Decide cii or not-cii instead.</source>
        <translation>改判为 cii 或 not-cii。</translation>
    </message>
    <message>
        <source>Why the engine&apos;s outcome is overridden (required with --override).</source>
        <translation>改判理由（使用 --override 时必填）。</translation>
    </message>
    <message>
        <source>choose --confirm or --override cii|not-cii --reason T</source>
        <translation>请选择 --confirm 或 --override cii|not-cii --reason T</translation>
    </message>
    <message>
        <source>--override takes cii or not-cii</source>
        <translation>--override 取值为 cii 或 not-cii</translation>
    </message>
    <message>
        <source>--override needs --reason T</source>
        <translation>--override 需要同时提供 --reason T</translation>
    </message>
    <message>
        <source>Case %1 decided: %2</source>
        <translation>认定 %1 已决定：%2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill the store with synthetic sector data (the same seed gives the same data).</source>
        <translation>向数据库填入合成的行业数据（相同的种子生成相同的数据）。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>Number of operators.</source>
        <translation>运营者数量。</translation>
    </message>
    <message>
        <source>Number of systems.</source>
        <translation>系统数量。</translation>
    </message>
    <message>
        <source>systems need at least one operator</source>
        <translation>系统至少需要一个运营者</translation>
    </message>
    <message>
        <source>Added %1 operators and %2 systems to %3.</source>
        <translation>已向 %3 添加 %1 个运营者和 %2 个系统。</translation>
    </message>
    <message>
        <source>Number of inspections to add across this year (default 0).</source>
        <translation>在本年度内添加的检查数量（默认 0）。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>inspections need operators; add some first</source>
        <translation>检查需要运营者，请先添加运营者</translation>
    </message>
</context>
<context>
    <name>DepartmentSetup</name>
    <message>
        <source>these settings are the own department&apos;s</source>
        <translation>这些设置属于本部门</translation>
    </message>
</context>
<context>
    <name>DepartmentsListCommand</name>
    <message>
        <source>List the departments (own and other inspecting bodies).</source>
        <translation>列出部门（本部门及其他检查机关）。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Document prefix</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>DepartmentsSetCommand</name>
    <message>
        <source>Department key, e.g. own.</source>
        <translation>部门代码，例如 own。</translation>
    </message>
    <message>
        <source>Chinese name.</source>
        <translation>中文名称。</translation>
    </message>
    <message>
        <source>English name.</source>
        <translation>英文名称。</translation>
    </message>
    <message>
        <source>Prefix of its document numbers, e.g. 某网安 in 某网安〔2026〕12号.</source>
        <translation>发文字号前缀，例如“某网安〔2026〕12号”中的“某网安”。</translation>
    </message>
    <message>
        <source>name one department key</source>
        <translation>请指定一个部门代码</translation>
    </message>
    <message>
        <source>no department with key &apos;%1&apos;</source>
        <translation>不存在代码为“%1”的部门</translation>
    </message>
    <message>
        <source>Set a department&apos;s names, document-number prefix and contact (e.g. for &apos;own&apos;).</source>
        <translation>设置部门的名称、发文字号前缀和联系人（例如 own）。</translation>
    </message>
    <message>
        <source>Contact person named on the department&apos;s documents.</source>
        <translation>部门文书上载明的联系人。</translation>
    </message>
    <message>
        <source>The contact&apos;s telephone.</source>
        <translation>联系人的电话。</translation>
    </message>
    <message>
        <source>Own department only: the classification marking on exports and documents (default 内部资料 注意保存).</source>
        <translation>仅限本部门：导出文件和公文上的密级标识（默认“内部资料 注意保存”）。</translation>
    </message>
    <message>
        <source>--classification is the own department&apos;s setting (departments set own --classification T)</source>
        <translation>--classification 是本部门的设置（departments set own --classification 标识）</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Identification run</source>
        <translation>开展认定</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merged into a joint inspection</source>
        <translation>并入联合检查</translation>
    </message>
    <message>
        <source>Result confirmed</source>
        <translation>确认认定结果</translation>
    </message>
    <message>
        <source>Result overridden</source>
        <translation>变更认定结果</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>记录通知</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Indicator value set</source>
        <translation>填报指标值</translation>
    </message>
    <message>
        <source>Indicator value cleared</source>
        <translation>清除指标值</translation>
    </message>
    <message>
        <source>Submitted for filing</source>
        <translation>提交备案</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Store upgraded</source>
        <translation>升级数据库结构</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>印发</translation>
    </message>
    <message>
        <source>Printed again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>认定规则</translation>
    </message>
    <message>
        <source>Identification case</source>
        <translation>认定记录</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查发现问题</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Change report</source>
        <translation>较大变化情况报告</translation>
    </message>
    <message>
        <source>Annual assessment</source>
        <translation>年度检测评估</translation>
    </message>
    <message>
        <source>Operator event</source>
        <translation>运营者报告事项</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Store structure</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>own department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>classification line</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <source>unlock passphrase</source>
        <translation>解锁口令</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation>等级保护级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Engine&apos;s result</source>
        <translation>系统判定结果</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>认定决定</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>变更理由</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>认定记录</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与部门</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Rectification due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Merged into inspection</source>
        <translation>并入的检查</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Classification line</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>闲置锁定（分钟）</translation>
    </message>
    <message>
        <source>Document-number prefix</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Store structure version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Operator&apos;s code</source>
        <translation>运营者统一社会信用代码</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Operator notified on</source>
        <translation>通知运营者日期</translation>
    </message>
    <message>
        <source>MPS notified on</source>
        <translation>通报公安部日期</translation>
    </message>
    <message>
        <source>Rule-set version</source>
        <translation>认定规则版本</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>认定规则</translation>
    </message>
    <message>
        <source>First case</source>
        <translation>首条认定记录</translation>
    </message>
    <message>
        <source>Last case</source>
        <translation>末条认定记录</translation>
    </message>
    <message>
        <source>Decision expression</source>
        <translation>判定表达式</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Notes (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation>备注（英文）</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Replaced store kept as</source>
        <translation>被替换的数据库另存为</translation>
    </message>
    <message>
        <source>Last audit record of the backup</source>
        <translation>备份中最后一条审计记录</translation>
    </message>
    <message>
        <source>Days by year</source>
        <translation>各年天数</translation>
    </message>
    <message>
        <source>Due soon (days)</source>
        <translation>临近提醒（天）</translation>
    </message>
    <message>
        <source>Notification target (days)</source>
        <translation>通知目标期限（天）</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>联合检查</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reported on</source>
        <translation>%1：填报日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (removed)</source>
        <translation>%1：%2（已删除）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>&gt; more than</source>
        <translation>&gt; 超过</translation>
    </message>
    <message>
        <source>≥ at or above</source>
        <translation>≥ 以上</translation>
    </message>
    <message>
        <source>&lt; less than</source>
        <translation>&lt; 不满</translation>
    </message>
    <message>
        <source>≤ at or below</source>
        <translation>≤ 以下</translation>
    </message>
    <message>
        <source>= equal to</source>
        <translation>= 等于</translation>
    </message>
    <message>
        <source>one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>为“是”</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>属于 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>at or above %1</source>
        <translation>%1以上（含本数）</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>不满 %1</translation>
    </message>
    <message>
        <source>at or below %1</source>
        <translation>%1以下（含本数）</translation>
    </message>
    <message>
        <source>equal to %1</source>
        <translation>等于 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>operator and amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 is yes</source>
        <translation>%1 为是</translation>
    </message>
    <message>
        <source>%1 just below the threshold (%2)</source>
        <translation>%1 刚好低于阈值（%2）</translation>
    </message>
    <message>
        <source>%1 exactly at the threshold (%2)</source>
        <translation>%1 恰好等于阈值（%2）</translation>
    </message>
    <message>
        <source>%1 just above the threshold (%2)</source>
        <translation>%1 刚好高于阈值（%2）</translation>
    </message>
    <message>
        <source>Website: no criterion met</source>
        <translation>网站：各项均未达到</translation>
    </message>
    <message>
        <source>Platform: no criterion met</source>
        <translation>平台：各项均未达到</translation>
    </message>
    <message>
        <source>Production system: no criterion met</source>
        <translation>生产业务系统：各项均未达到</translation>
    </message>
    <message>
        <source>Other system: no criterion met</source>
        <translation>其他系统：各项均未达到</translation>
    </message>
    <message>
        <source>Some data missing, but one criterion is met</source>
        <translation>缺少部分数据，但已满足一项标准</translation>
    </message>
    <message>
        <source>Data missing and nothing else met: insufficient data</source>
        <translation>缺少数据且其余均未达到：数据不足</translation>
    </message>
    <message>
        <source>No data at all: insufficient data</source>
        <translation>没有任何数据：数据不足</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>(nothing recorded beyond the action)</source>
        <translation>（除操作外未记录其他内容）</translation>
    </message>
    <message>
        <source>Grade proposed</source>
        <translation>提出建议级别</translation>
    </message>
    <message>
        <source>Grade decided</source>
        <translation>确定级别</translation>
    </message>
    <message>
        <source>Follow-up requested</source>
        <translation>要求补报</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>网络安全事件</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>事件报告</translation>
    </message>
    <message>
        <source>Grading criterion</source>
        <translation>分级标准</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Discovered at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Handling ended</source>
        <translation>处置结束时间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Proposed grade</source>
        <translation>建议级别</translation>
    </message>
    <message>
        <source>Department&apos;s grade</source>
        <translation>本部门认定级别</translation>
    </message>
    <message>
        <source>Reason for the grade</source>
        <translation>定级理由</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Deciding criterion</source>
        <translation>决定级别的判别条件</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>补报期限</translation>
    </message>
    <message>
        <source>Follow-up requested at</source>
        <translation>要求补报时间</translation>
    </message>
    <message>
        <source>Operator&apos;s report</source>
        <translation>运营者报告</translation>
    </message>
    <message>
        <source>Operator&apos;s report late</source>
        <translation>运营者迟报</translation>
    </message>
    <message>
        <source>Minutes to the report</source>
        <translation>报告用时（分钟）</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>须报告</translation>
    </message>
    <message>
        <source>Onward report required</source>
        <translation>须向上报告</translation>
    </message>
    <message>
        <source>What the reports state</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>Unit and facilities</source>
        <translation>涉事单位与设施概况</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响和危害</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施及效果</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>拟进一步采取的措施</translation>
    </message>
    <message>
        <source>Support requested</source>
        <translation>请求支援事项</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>事件原因</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>责任追究</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sender or recipient</source>
        <translation>报送方或接收方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Proposed at</source>
        <translation>建议时间</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文表述</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文表述</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Compliance evidence</source>
        <translation>合规证据</translation>
    </message>
    <message>
        <source>compliance renewal periods</source>
        <translation>合规复查周期</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n 项事实</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>the document could not be written as ODT</source>
        <translation>无法将文档写为 ODT</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by %2 at %3; nothing was saved. Reload it and make your change again, or save over the stored version.</source>
        <translation>%1 在此期间已由 %2 于 %3 修改，未保存任何内容。请重新载入后再次修改，或以您的版本覆盖存储中的版本。</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by another client; nothing was saved. Reload it and make your change again, or save over the stored version.</source>
        <translation>%1 在此期间已由另一工作站修改，未保存任何内容。请重新载入后再次修改，或以您的版本覆盖存储中的版本。</translation>
    </message>
    <message>
        <source>%1: yours “%2”, now in the store “%3”</source>
        <translation>%1：您的为“%2”，存储中现为“%3”</translation>
    </message>
</context>
<context>
    <name>EnforcementCase</name>
    <message>
        <source>Opened</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Order to rectify</source>
        <translation>责令改正</translation>
    </message>
    <message>
        <source>Rectification checked</source>
        <translation>整改复查</translation>
    </message>
    <message>
        <source>Advance notice of penalty</source>
        <translation>行政处罚事先告知</translation>
    </message>
    <message>
        <source>Penalty decision</source>
        <translation>行政处罚决定</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>检查发现问题 %1</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>网络安全事件 %1</translation>
    </message>
    <message>
        <source>Deadline item %1</source>
        <translation>期限事项 %1</translation>
    </message>
    <message>
        <source>Compliance record %1</source>
        <translation>责任落实记录 %1</translation>
    </message>
</context>
<context>
    <name>EnforcementDocumentCommand</name>
    <message>
        <source>Write the numbered document of a case&apos;s step (numbered the first time, reprinted after); prints the file.</source>
        <translation>写出案件某一步骤的编号文书（首次编号，之后重印）；输出文件路径。</translation>
    </message>
    <message>
        <source>Enforcement case id.</source>
        <translation>执法案件编号。</translation>
    </message>
    <message>
        <source>order, advance-notice or decision.</source>
        <translation>order、advance-notice 或 decision。</translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation>pdf 或 odt。</translation>
    </message>
    <message>
        <source>zh, en or bilingual.</source>
        <translation>zh、en 或 bilingual。</translation>
    </message>
    <message>
        <source>Folder to write into (required).</source>
        <translation>写入的文件夹（必填）。</translation>
    </message>
    <message>
        <source>--step takes order, advance-notice or decision</source>
        <translation>--step 的取值为 order、advance-notice 或 decision</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>须提供 --out DIR</translation>
    </message>
    <message>
        <source>case %1 has no step %2</source>
        <translation>案件 %1 没有 %2 步骤</translation>
    </message>
    <message>
        <source>Document %1 → %2</source>
        <translation>文书 %1 → %2</translation>
    </message>
    <message>
        <source>Document %1 (reprint) → %2</source>
        <translation>文书 %1（重印）→ %2</translation>
    </message>
</context>
<context>
    <name>EnforcementDocumentIssuer</name>
    <message>
        <source>the step %1 has no document</source>
        <translation>步骤 %1 没有文书</translation>
    </message>
    <message>
        <source>the documents of %1 are not available here; record the step without a document</source>
        <translation>此处无法制作%1的文书；请不附文书记录该步骤</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos; as the output folder</source>
        <translation>无法使用“%1”作为输出文件夹</translation>
    </message>
</context>
<context>
    <name>EnforcementEvidence</name>
    <message>
        <source>Finding %1 (%2, due %3): %4</source>
        <translation>发现问题 %1（%2，整改期限 %3）：%4</translation>
    </message>
    <message>
        <source>Overdue: %1, %2 (due %3)</source>
        <translation>已逾期：%1，%2（期限 %3）</translation>
    </message>
    <message>
        <source>evidence %1 (%2): %3</source>
        <translation>证据 %1（%2）：%3</translation>
    </message>
    <message>
        <source>write KIND:ID with KIND one of %1</source>
        <translation>请写作 类别:编号，类别为 %1 之一</translation>
    </message>
    <message>
        <source>no deadline item has this UID</source>
        <translation>没有此 UID 的期限事项</translation>
    </message>
    <message>
        <source>the ID of a %1 is a number</source>
        <translation>%1 的编号应为数字</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>没有该记录</translation>
    </message>
    <message>
        <source>the record concerns another operator (id %1)</source>
        <translation>该记录属于其他运营者（编号 %1）</translation>
    </message>
    <message>
        <source>the evidence names records that are not there</source>
        <translation>证据所指记录不存在</translation>
    </message>
</context>
<context>
    <name>EnforcementListCommand</name>
    <message>
        <source>List enforcement cases: operator, article, step and the next date due.</source>
        <translation>列出执法案件：运营者、条款、所处步骤和下一期限。</translation>
    </message>
    <message>
        <source>Only this operator&apos;s (id).</source>
        <translation>仅列出该运营者的（编号）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>EnforcementOpenCommand</name>
    <message>
        <source>Open an enforcement case against an operator under Art. 39–42; prints its id.</source>
        <translation>依据第三十九条至第四十二条对运营者立案；输出案件编号。</translation>
    </message>
    <message>
        <source>Operator id.</source>
        <translation>运营者编号。</translation>
    </message>
    <message>
        <source>The paragraph the case rests on: %1.</source>
        <translation>案件所依据的条款：%1。</translation>
    </message>
    <message>
        <source>Records the case rests on, KIND:ID separated by commas (finding:ID, incident:ID, deadline:UID, compliance:ID).</source>
        <translation>案件所依据的记录，写作 类别:编号，以逗号分隔（finding:编号、incident:编号、deadline:UID、compliance:编号）。</translation>
    </message>
    <message>
        <source>What was found.</source>
        <translation>查明的事实。</translation>
    </message>
    <message>
        <source>The person directly in charge (optional).</source>
        <translation>直接负责的主管人员（可选）。</translation>
    </message>
    <message>
        <source>Art. 41: the purchase amount in yuan the fine is a multiple of.</source>
        <translation>第四十一条：作为罚款倍数基数的采购金额（元）。</translation>
    </message>
    <message>
        <source>Day the case is opened, YYYY-MM-DD (default today).</source>
        <translation>立案日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>--operator and --article are required</source>
        <translation>须提供 --operator 和 --article</translation>
    </message>
</context>
<context>
    <name>EnforcementProcedure</name>
    <message>
        <source>%1 to %2 times the purchase amount</source>
        <translation>采购金额%1倍以上%2倍以下</translation>
    </message>
    <message>
        <source>%1 to %2 yuan</source>
        <translation>%1元以上%2元以下</translation>
    </message>
    <message>
        <source>%1 fines a multiple of the purchase amount: record the amount when opening the case</source>
        <translation>%1按采购金额的倍数处以罚款：请在立案时记录采购金额</translation>
    </message>
    <message>
        <source>fine-operator: %1 yuan is outside %2&apos;s range of %3</source>
        <translation>运营者罚款：%1元超出%2规定的幅度（%3）</translation>
    </message>
    <message>
        <source>fine-person: the case names no person directly in charge</source>
        <translation>个人罚款：案件未记录直接负责的主管人员</translation>
    </message>
    <message>
        <source>fine-person: %1 yuan is outside %2&apos;s range of %3</source>
        <translation>个人罚款：%1元超出%2规定的幅度（%3）</translation>
    </message>
    <message>
        <source>fine-person: the case names the person directly in charge (%1); %2 fines that person %3</source>
        <translation>个人罚款：案件记录了直接负责的主管人员（%1）；%2规定对其处%3罚款</translation>
    </message>
    <message>
        <source>the case rests on %1, which is not in the catalogue</source>
        <translation>案件所依据的%1不在条款目录中</translation>
    </message>
    <message>
        <source>step: one of %1</source>
        <translation>步骤：应为 %1 之一</translation>
    </message>
    <message>
        <source>date: the day of the step is required</source>
        <translation>日期：须填写该步骤的日期</translation>
    </message>
    <message>
        <source>case %1 is closed</source>
        <translation>案件 %1 已结案</translation>
    </message>
    <message>
        <source>date: %1 is before the case&apos;s last step (%2)</source>
        <translation>日期：%1 早于案件上一步骤的日期（%2）</translation>
    </message>
    <message>
        <source>%1 cannot follow %2: %3</source>
        <translation>“%1”不能接在“%2”之后：%3</translation>
    </message>
    <message>
        <source>a case has one order to rectify</source>
        <translation>一个案件只有一份责令改正通知书</translation>
    </message>
    <message>
        <source>rectify-by: the day to rectify by must be after the order</source>
        <translation>改正期限：须晚于责令改正之日</translation>
    </message>
    <message>
        <source>a check follows the order to rectify</source>
        <translation>复查应在责令改正之后</translation>
    </message>
    <message>
        <source>date: the operator has until %1 to rectify; a check finding it not rectified comes after that day</source>
        <translation>日期：运营者的改正期限至 %1；认定未改正的复查须在该日之后</translation>
    </message>
    <message>
        <source>harm: %1 fines a refusal to rectify only</source>
        <translation>危害后果：%1仅对拒不改正的处以罚款</translation>
    </message>
    <message>
        <source>%1 fines only after a check found the order not complied with, or harm to cybersecurity</source>
        <translation>%1须经复查认定拒不改正或者导致危害网络安全等后果后方可罚款</translation>
    </message>
    <message>
        <source>%1 fines only after a check found the order not complied with</source>
        <translation>%1须经复查认定拒不改正后方可罚款</translation>
    </message>
    <message>
        <source>an advance notice follows the order to rectify</source>
        <translation>事先告知应在责令改正之后</translation>
    </message>
    <message>
        <source>a decision follows the advance notice (APL Art. 44)</source>
        <translation>处罚决定应在事先告知之后（《行政处罚法》第四十四条）</translation>
    </message>
    <message>
        <source>hearing-date: the hearing is held after the advance notice and on or before the decision</source>
        <translation>听证日期：听证应在事先告知之后、处罚决定之日或之前举行</translation>
    </message>
    <message>
        <source>date: the operator may request a hearing until %1 (APL Art. 64, five working days); decide after that day or record the hearing</source>
        <translation>日期：当事人可在 %1 前要求听证（《行政处罚法》第六十四条，五个工作日）；请在该日之后作出决定，或者记录听证</translation>
    </message>
    <message>
        <source>the decision&apos;s fines cannot exceed those of the advance notice (%1 and %2 yuan; APL Art. 45)</source>
        <translation>处罚决定的罚款不得高于事先告知的罚款（%1元和%2元；《行政处罚法》第四十五条）</translation>
    </message>
    <message>
        <source>note: closing a case without an order needs the reason</source>
        <translation>备注：未责令改正即结案的，须说明理由</translation>
    </message>
    <message>
        <source>%1 fines the purchase whether or not it was rectified</source>
        <translation>无论是否改正，%1均对该采购处以罚款</translation>
    </message>
    <message>
        <source>the check found the order not complied with: an advance notice comes next</source>
        <translation>复查认定未改正：下一步为事先告知</translation>
    </message>
    <message>
        <source>the case is closed after a check or a decision</source>
        <translation>案件在复查或者处罚决定之后结案</translation>
    </message>
</context>
<context>
    <name>EnforcementRepository</name>
    <message>
        <source>article: one of %1</source>
        <translation>条款：应为 %1 之一</translation>
    </message>
    <message>
        <source>purchase-amount: %1 fines a multiple of the purchase amount; record it (yuan)</source>
        <translation>采购金额：%1按采购金额的倍数处以罚款，请记录采购金额（元）</translation>
    </message>
    <message>
        <source>purchase-amount: only Art. 41 fines a multiple of a purchase</source>
        <translation>采购金额：只有第四十一条按采购金额的倍数处罚</translation>
    </message>
    <message>
        <source>date: the day the case is opened is required</source>
        <translation>日期：须填写立案日期</translation>
    </message>
    <message>
        <source>operator: no operator with id %1</source>
        <translation>运营者：没有编号为 %1 的运营者</translation>
    </message>
    <message>
        <source>no enforcement case with id %1</source>
        <translation>没有编号为 %1 的执法案件</translation>
    </message>
    <message>
        <source>no enforcement step with id %1</source>
        <translation>没有编号为 %1 的执法步骤</translation>
    </message>
    <message>
        <source>%1 records cannot be linked in this store</source>
        <translation>本库中的%1记录不能关联</translation>
    </message>
    <message>
        <source>this store keeps no %1 records</source>
        <translation>本库没有%1记录</translation>
    </message>
</context>
<context>
    <name>EnforcementShowCommand</name>
    <message>
        <source>Show an enforcement case: its evidence, steps, documents, dates and next steps.</source>
        <translation>显示执法案件：证据、步骤、文书、期限和下一步骤。</translation>
    </message>
    <message>
        <source>Enforcement case id.</source>
        <translation>执法案件编号。</translation>
    </message>
    <message>
        <source>Case %1: %2, %3</source>
        <translation>案件 %1：%2，%3</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>立案日期 %1</translation>
    </message>
    <message>
        <source>Facts: %1</source>
        <translation>事实：%1</translation>
    </message>
    <message>
        <source>Person directly in charge: %1</source>
        <translation>直接负责的主管人员：%1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Due %1: %2 (%3)%4</source>
        <translation>期限 %1：%2（%3）%4</translation>
    </message>
    <message>
        <source>, done %1</source>
        <translation>，已于 %1 届满</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>nothing (closed)</source>
        <translation>无（已结案）</translation>
    </message>
</context>
<context>
    <name>EnforcementStepCommand</name>
    <message>
        <source>Take an enforcement case&apos;s next step (order, check, advance notice, decision, closed), with its numbered document; prints the step&apos;s id or the file.</source>
        <translation>办理执法案件的下一步骤（责令改正、复查、事先告知、处罚决定、结案），并制作编号文书；输出步骤编号或文件路径。</translation>
    </message>
    <message>
        <source>Enforcement case id.</source>
        <translation>执法案件编号。</translation>
    </message>
    <message>
        <source>order, check, advance-notice, decision or closed.</source>
        <translation>order、check、advance-notice、decision 或 closed。</translation>
    </message>
    <message>
        <source>Day of the step, YYYY-MM-DD (default today).</source>
        <translation>步骤日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>order: the day to rectify by, YYYY-MM-DD.</source>
        <translation>order：改正期限，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>check: yes or no.</source>
        <translation>check：yes 或 no。</translation>
    </message>
    <message>
        <source>check: yes when harm to cybersecurity followed (Art. 39, 40).</source>
        <translation>check：导致危害网络安全等后果的为 yes（第三十九条、第四十条）。</translation>
    </message>
    <message>
        <source>advance-notice, decision: the operator&apos;s fine in yuan.</source>
        <translation>advance-notice、decision：对运营者的罚款（元）。</translation>
    </message>
    <message>
        <source>advance-notice, decision: the fine of the person directly in charge in yuan.</source>
        <translation>advance-notice、decision：对直接负责的主管人员的罚款（元）。</translation>
    </message>
    <message>
        <source>decision: held or none.</source>
        <translation>decision：held 或 none。</translation>
    </message>
    <message>
        <source>decision: the day the hearing was held.</source>
        <translation>decision：举行听证的日期。</translation>
    </message>
    <message>
        <source>What else the step records (closing: the reason).</source>
        <translation>该步骤的其他记录（结案时为理由）。</translation>
    </message>
    <message>
        <source>The document: pdf or odt.</source>
        <translation>文书：pdf 或 odt。</translation>
    </message>
    <message>
        <source>The document: zh, en or bilingual.</source>
        <translation>文书：zh、en 或 bilingual。</translation>
    </message>
    <message>
        <source>Folder to write the step&apos;s numbered document into (order, advance-notice, decision); without it the step is recorded alone.</source>
        <translation>写入该步骤编号文书的文件夹（order、advance-notice、decision）；不提供则只记录步骤。</translation>
    </message>
    <message>
        <source>--%1 takes yes or no</source>
        <translation>--%1 的取值为 yes 或 no</translation>
    </message>
    <message>
        <source>--to takes %1</source>
        <translation>--to 的取值为 %1</translation>
    </message>
    <message>
        <source>an order needs --rectify-by D</source>
        <translation>责令改正须提供 --rectify-by D</translation>
    </message>
    <message>
        <source>a check needs --rectified yes|no</source>
        <translation>复查须提供 --rectified yes|no</translation>
    </message>
    <message>
        <source>%1 needs --fine-operator N</source>
        <translation>%1 须提供 --fine-operator N</translation>
    </message>
    <message>
        <source>--hearing takes held or none</source>
        <translation>--hearing 的取值为 held 或 none</translation>
    </message>
    <message>
        <source>--hearing held needs --hearing-date D</source>
        <translation>--hearing held 须提供 --hearing-date D</translation>
    </message>
    <message>
        <source>the step %1 has no document: leave out --out</source>
        <translation>步骤 %1 没有文书：请去掉 --out</translation>
    </message>
    <message>
        <source>Step %1, document %2 → %3</source>
        <translation>步骤 %1，文书 %2 → %3</translation>
    </message>
</context>
<context>
    <name>EventAddCommand</name>
    <message>
        <source>Record an incident, threat, merger, separation or dissolution (Art. 18, 21) with its follow-up due date; prints its id.</source>
        <translation>登记安全事件、威胁或合并、分立、解散（第十八条、第二十一条）及跟进期限；输出其编号。</translation>
    </message>
    <message>
        <source>Operator id.</source>
        <translation>运营者编号。</translation>
    </message>
    <message>
        <source>incident, threat, merger, separation or dissolution.</source>
        <translation>incident、threat、merger、separation 或 dissolution。</translation>
    </message>
    <message>
        <source>Day it happened, YYYY-MM-DD.</source>
        <translation>发生日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Day the department&apos;s follow-up is due, YYYY-MM-DD.</source>
        <translation>本部门跟进的期限，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>事件情况。</translation>
    </message>
    <message>
        <source>--kind takes %1</source>
        <translation>--kind 取值为 %1</translation>
    </message>
    <message>
        <source>--operator and --description are required</source>
        <translation>必须提供 --operator 和 --description</translation>
    </message>
</context>
<context>
    <name>EventCloseCommand</name>
    <message>
        <source>Record that an event&apos;s follow-up was completed.</source>
        <translation>登记事件跟进已办结。</translation>
    </message>
    <message>
        <source>Event id.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>Day the follow-up was completed, YYYY-MM-DD.</source>
        <translation>跟进办结日期，YYYY-MM-DD。</translation>
    </message>
</context>
<context>
    <name>EventListCommand</name>
    <message>
        <source>List operator events and their follow-ups.</source>
        <translation>列出运营者事件及其跟进。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export operators or systems as CSV (to stdout, or a file written 0600).</source>
        <translation>将运营者或系统导出为 CSV（输出到标准输出，或写入权限为 0600 的文件）。</translation>
    </message>
    <message>
        <source>operators or systems</source>
        <translation>operators（运营者）或 systems（系统）</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>utf-8, utf-8-bom (for Excel) or gbk.</source>
        <translation>utf-8、utf-8-bom（适用于 Excel）或 gbk。</translation>
    </message>
    <message>
        <source>expected: export operators|systems</source>
        <translation>应为：export operators|systems</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-8-bom or gbk</source>
        <translation>--encoding 可取 utf-8、utf-8-bom 或 gbk</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>&apos;)&apos; has no matching &apos;(&apos;</source>
        <translation>“)”没有对应的“(”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed (use and, or, not and parentheses)</source>
        <translation>不允许使用“%1”（请使用 and、or、not 和括号）</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end, found &apos;%1&apos;</source>
        <translation>此处应为 and、or 或表达式结尾，却是“%1”</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>第 %1 个字符处：%2</translation>
    </message>
    <message>
        <source>&apos;(&apos; is not closed</source>
        <translation>“(”没有闭合</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <source>expected a name or &apos;(&apos; after &apos;%1&apos;</source>
        <translation>“%1”之后应为名称或“(”</translation>
    </message>
    <message>
        <source>expected a name or &apos;(&apos;, found &apos;%1&apos;</source>
        <translation>此处应为名称或“(”，却是“%1”</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>表达式嵌套超过 %1 层</translation>
    </message>
</context>
<context>
    <name>FilingLetterIssuer</name>
    <message>
        <source>rule set %1 is superseded; file its newest version</source>
        <translation>认定规则 %1 已被取代；请报送其最新版本备案</translation>
    </message>
    <message>
        <source>name the file to write</source>
        <translation>请指定要写入的文件</translation>
    </message>
</context>
<context>
    <name>FindingsAddCommand</name>
    <message>
        <source>Record a finding of an inspection with its rectification deadline; prints its id.</source>
        <translation>登记检查发现的问题及整改期限；输出其编号。</translation>
    </message>
    <message>
        <source>Inspection id.</source>
        <translation>检查编号。</translation>
    </message>
    <message>
        <source>low, medium, high or critical.</source>
        <translation>low、medium、high 或 critical。</translation>
    </message>
    <message>
        <source>What was found.</source>
        <translation>发现的问题。</translation>
    </message>
    <message>
        <source>Rectification deadline, YYYY-MM-DD.</source>
        <translation>整改期限，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The system concerned (id).</source>
        <translation>涉及的系统（编号）。</translation>
    </message>
    <message>
        <source>--inspection, --description and --due are required</source>
        <translation>必须提供 --inspection、--description 和 --due</translation>
    </message>
</context>
<context>
    <name>FindingsListCommand</name>
    <message>
        <source>List findings and their rectification.</source>
        <translation>列出发现的问题及整改情况。</translation>
    </message>
    <message>
        <source>Only this inspection&apos;s (id).</source>
        <translation>仅该检查的问题（编号）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>FindingsUpdateCommand</name>
    <message>
        <source>Move a finding to rectifying, fixed or verified, or change its deadline.</source>
        <translation>将问题状态改为整改中、已整改或已核验，或修改整改期限。</translation>
    </message>
    <message>
        <source>Finding id.</source>
        <translation>问题编号。</translation>
    </message>
    <message>
        <source>open, rectifying, fixed or verified.</source>
        <translation>open、rectifying、fixed 或 verified。</translation>
    </message>
    <message>
        <source>Day it was fixed (default today).</source>
        <translation>整改完成日期（默认今天）。</translation>
    </message>
    <message>
        <source>New rectification deadline.</source>
        <translation>新的整改期限。</translation>
    </message>
    <message>
        <source>give --status or --due</source>
        <translation>请提供 --status 或 --due</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>the shipped holiday calendar is missing from the program</source>
        <translation>程序中缺少随附的节假日日历</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>缺少该列</translation>
    </message>
    <message>
        <source>the calendar file&apos;s header is not date,kind,name_zh,name_en[,source_year]</source>
        <translation>日历文件的表头不是 date,kind,name_zh,name_en[,source_year]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither holiday nor workday</source>
        <translation>“%1”既不是 holiday 也不是 workday</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up working day</source>
        <translation>%1 是工作日：只有星期六或星期日才能是调休上班日</translation>
    </message>
    <message>
        <source>%1 is already listed on row %2</source>
        <translation>%1 已在第 %2 行列出</translation>
    </message>
    <message numerus="yes">
        <source>the calendar file has %n bad row(s); nothing was imported</source>
        <translation>
            <numerusform>日历文件有 %n 行有误，未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>the calendar file has no days</source>
        <translation>日历文件中没有日期</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>the calendar is not UTF-8 text (RFC 5545 requires it)</source>
        <translation>日历文件不是 UTF-8 文本（RFC 5545 要求 UTF-8）</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a content line (NAME:value)</source>
        <translation>第 %1 行：“%2”不是内容行（名称:值）</translation>
    </message>
    <message>
        <source>line %1: content after END:VCALENDAR</source>
        <translation>第 %1 行：END:VCALENDAR 之后还有内容</translation>
    </message>
    <message>
        <source>line %1: a calendar begins with BEGIN:VCALENDAR</source>
        <translation>第 %1 行：日历应以 BEGIN:VCALENDAR 开头</translation>
    </message>
    <message>
        <source>line %1: BEGIN:VEVENT inside %2 (line %3), which has not ended</source>
        <translation>第 %1 行：BEGIN:VEVENT 位于尚未结束的 %2（第 %3 行）之内</translation>
    </message>
    <message>
        <source>line %1: END:%2 without BEGIN</source>
        <translation>第 %1 行：END:%2 没有对应的 BEGIN</translation>
    </message>
    <message>
        <source>line %1: END:%2, but %3 begun on line %4 has not ended</source>
        <translation>第 %1 行：END:%2，但第 %4 行开始的 %3 尚未结束</translation>
    </message>
    <message>
        <source>the calendar is empty</source>
        <translation>日历为空</translation>
    </message>
    <message>
        <source>line %1: %2 begun here has no END:%2</source>
        <translation>第 %1 行：此处开始的 %2 没有 END:%2</translation>
    </message>
    <message>
        <source>the file is not a valid iCalendar file; nothing was imported</source>
        <translation>该文件不是有效的 iCalendar 文件，未导入任何内容</translation>
    </message>
</context>
<context>
    <name>IdentificationCase</name>
    <message>
        <source>Evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>CII</source>
        <translation>关键信息基础设施</translation>
    </message>
    <message>
        <source>Not CII</source>
        <translation>不认定</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>数据不足</translation>
    </message>
</context>
<context>
    <name>Identifier</name>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知行业领域“%1”</translation>
    </message>
    <message>
        <source>sector %1 has no filed rule set; file its identification rules first</source>
        <translation>行业领域 %1 没有已备案的认定规则，请先备案认定规则</translation>
    </message>
    <message>
        <source>no sector has a filed rule set; file identification rules first</source>
        <translation>没有任何行业领域有已备案的认定规则，请先备案认定规则</translation>
    </message>
    <message>
        <source>choose at least one system</source>
        <translation>请至少选择一个系统</translation>
    </message>
    <message>
        <source>system %1: sector %2 has no filed rule set</source>
        <translation>系统 %1：行业领域 %2 没有已备案的认定规则</translation>
    </message>
    <message>
        <source>identification cancelled; nothing was stored</source>
        <translation>认定已取消，未保存任何内容</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>Identify systems under their sector&apos;s filed rules; prints the new case ids.</source>
        <translation>按所属行业领域已备案的规则认定系统；输出新认定的编号。</translation>
    </message>
    <message>
        <source>A system to identify (id; repeat the option or separate ids with commas).</source>
        <translation>要认定的系统（编号；可重复此选项或以逗号分隔）。</translation>
    </message>
    <message>
        <source>Every system of this sector (key).</source>
        <translation>该行业领域的全部系统（代码）。</translation>
    </message>
    <message>
        <source>Every system of every sector with filed rules.</source>
        <translation>所有已备案规则的行业领域的全部系统。</translation>
    </message>
    <message>
        <source>choose exactly one of --system ID…, --sector KEY or --all</source>
        <translation>请在 --system ID…、--sector KEY 和 --all 中选择且仅选择一个</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知行业领域“%1”</translation>
    </message>
    <message>
        <source>Skipped sectors without filed rules: %1</source>
        <translation>已跳过没有已备案规则的行业领域：%1</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n case(s)</source>
        <translation>
            <numerusform>第 %1 次认定：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>CII %1, not CII %2, insufficient data %3</source>
        <translation>关键信息基础设施 %1 项，不认定 %2 项，数据不足 %3 项</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import operators or systems from a CSV file: every row or none.</source>
        <translation>从 CSV 文件导入运营者或系统：要么全部导入，要么一行都不导入。</translation>
    </message>
    <message>
        <source>operators or systems</source>
        <translation>operators（运营者）或 systems（系统）</translation>
    </message>
    <message>
        <source>CSV file (UTF-8, UTF-8 with BOM, or GBK).</source>
        <translation>CSV 文件（UTF-8、带 BOM 的 UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <source>auto, utf-8 or gbk.</source>
        <translation>auto、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>expected: import operators|systems FILE</source>
        <translation>应为：import operators|systems 文件</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8 or gbk</source>
        <translation>--encoding 可取 auto、utf-8 或 gbk</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Malware</source>
        <translation>恶意程序</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>勒索软件攻击</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>网络入侵</translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <source>Website defacement</source>
        <translation>网页篡改</translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation>拒绝服务攻击</translation>
    </message>
    <message>
        <source>Outage or failure</source>
        <translation>设备设施故障</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Especially major</source>
        <translation>特别重大</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Relatively major</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处置</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>IncidentCriterion</name>
    <message>
        <source>Confirmed</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Secondary source</source>
        <translation>二手来源</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Set by the department</source>
        <translation>本部门确认</translation>
    </message>
    <message>
        <source>key: lower-case words joined by hyphens</source>
        <translation>key：以连字符连接的小写单词</translation>
    </message>
    <message>
        <source>grade: one of especially-major, major, large</source>
        <translation>grade：须为 especially-major、major、large 之一</translation>
    </message>
    <message>
        <source>fact: lower-case words joined by hyphens</source>
        <translation>fact：以连字符连接的小写单词</translation>
    </message>
    <message>
        <source>op: one of &gt;=, &gt;, is</source>
        <translation>op：须为 &gt;=、&gt;、is 之一</translation>
    </message>
    <message>
        <source>unit: one of hours, minutes, percent, people, yuan, times or none</source>
        <translation>unit：须为 hours、minutes、percent、people、yuan、times 之一或留空</translation>
    </message>
    <message>
        <source>source: one of confirmed, secondary, unconfirmed, department</source>
        <translation>source：须为 confirmed、secondary、unconfirmed、department 之一</translation>
    </message>
    <message>
        <source>threshold: a qualitative criterion is met when its fact is true</source>
        <translation>threshold：定性标准在其事实为 true 时满足</translation>
    </message>
    <message>
        <source>threshold: a number at or above zero</source>
        <translation>threshold：须为不小于零的数</translation>
    </message>
    <message>
        <source>threshold: a criterion without its figure cannot be enabled</source>
        <translation>threshold：未填写数值的标准不能启用</translation>
    </message>
    <message>
        <source>text_zh: say what the criterion is</source>
        <translation>text_zh：请写明该判别条件</translation>
    </message>
    <message>
        <source>a criterion not confirmed ships disabled</source>
        <translation>未核实的标准须以停用状态提供</translation>
    </message>
    <message>
        <source>the grading guide is not JSON: %1</source>
        <translation>分级指南不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <source>the shipped grading guide is missing from this build</source>
        <translation>本程序缺少随附的分级指南</translation>
    </message>
</context>
<context>
    <name>IncidentExplanation</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>Government portal or key news website unreachable (hours)</source>
        <translation>党政机关门户网站、重点新闻网站不能访问（小时）</translation>
    </message>
    <message>
        <source>CII as a whole out of operation (hours)</source>
        <translation>关键信息基础设施整体中断运行（小时）</translation>
    </message>
    <message>
        <source>Main functions of the CII out of operation (hours)</source>
        <translation>关键信息基础设施主要功能中断运行（小时）</translation>
    </message>
    <message>
        <source>Share of a provincial region&apos;s population affected (%)</source>
        <translation>受影响的省级行政区人口比例（%）</translation>
    </message>
    <message>
        <source>Share of a prefecture-level region&apos;s population affected (%)</source>
        <translation>受影响的地市级行政区人口比例（%）</translation>
    </message>
    <message>
        <source>People whose water, power, transport or other daily needs are affected</source>
        <translation>用水、用电、交通出行等工作生活受影响的人数</translation>
    </message>
    <message>
        <source>People whose personal information leaked</source>
        <translation>个人信息泄露涉及的人数</translation>
    </message>
    <message>
        <source>Direct economic loss (yuan)</source>
        <translation>直接经济损失（元）</translation>
    </message>
    <message>
        <source>Defacement on the home page, lasting (hours)</source>
        <translation>主页被篡改持续时间（小时）</translation>
    </message>
    <message>
        <source>Defacement on other pages, lasting (hours)</source>
        <translation>其他页面被篡改持续时间（小时）</translation>
    </message>
    <message>
        <source>Reposts of the illegal content on social platforms</source>
        <translation>违法有害信息在社交平台被转发次数</translation>
    </message>
    <message>
        <source>Views or clicks of the illegal content</source>
        <translation>违法有害信息浏览或点击次数</translation>
    </message>
    <message>
        <source>Core or important data leaked or tampered with: an especially serious threat to national security</source>
        <translation>核心数据、重要数据泄露或被篡改，对国家安全构成特别严重威胁</translation>
    </message>
    <message>
        <source>Spread determined “especially wide” by the CAC or public security</source>
        <translation>经网信部门或公安机关认定为“特大范围传播”</translation>
    </message>
    <message>
        <source>Important systems suffered especially serious loss or large-scale paralysis</source>
        <translation>重要网络和信息系统遭受特别严重的系统损失或大面积瘫痪</translation>
    </message>
    <message>
        <source>Important data or much personal information leaked or tampered with: a serious threat</source>
        <translation>重要数据或较大量个人信息泄露或被篡改，构成较严重威胁</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>records</source>
        <translation>条</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不满足</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>disabled (not confirmed)</source>
        <translation>已停用（未核实）</translation>
    </message>
    <message>
        <source>asserted</source>
        <translation>经认定</translation>
    </message>
    <message>
        <source>figure not known</source>
        <translation>数值未知</translation>
    </message>
    <message>
        <source>Proposed grade:</source>
        <translation>建议级别：</translation>
    </message>
    <message>
        <source>Decided by: %1 (%2)</source>
        <translation>决定级别的判别条件：%1（%2）</translation>
    </message>
    <message>
        <source>No enabled criterion of a higher grade is met: general. General incidents are not reported under Art. 4.</source>
        <translation>未满足任何已启用的较高级别判别条件：一般事件。一般网络安全事件无需按第四条报告。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>判别条件</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 — decides</source>
        <translation>%1——决定级别</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Incident %1 — %2</source>
        <translation>事件 %1——%2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade in force</source>
        <translation>现行级别</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>%1 min after discovery: late (more than 1 hour, Reporting Measures Art. 4)</source>
        <translation>发现后 %1 分钟接报：迟报（超过1小时，《报告管理办法》第四条）</translation>
    </message>
    <message>
        <source>%1 min after discovery: in time</source>
        <translation>发现后 %1 分钟接报：未超时</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <source>Handling ended</source>
        <translation>处置结束时间</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>China time (UTC+8)</source>
        <translation>北京时间（UTC+8）</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>应报事项</translation>
    </message>
    <message>
        <source>A general incident: no report under Art. 4 is required.</source>
        <translation>一般网络安全事件：无需按第四条报告。</translation>
    </message>
    <message>
        <source>Report to the CAC and the MPS: sent %1</source>
        <translation>向国家网信部门和公安部报告：已于 %1 报送</translation>
    </message>
    <message>
        <source>Report to the CAC and the MPS: due %1 — overdue</source>
        <translation>向国家网信部门和公安部报告：应于 %1 前报送——已逾期</translation>
    </message>
    <message>
        <source>Report to the CAC and the MPS: due %1</source>
        <translation>向国家网信部门和公安部报告：应于 %1 前报送</translation>
    </message>
    <message>
        <source>(shown until the incident is graded)</source>
        <translation>（定级前一直显示）</translation>
    </message>
    <message>
        <source>30 minutes from receipt, Reporting Measures Art. 4</source>
        <translation>接报后30分钟内，《报告管理办法》第四条</translation>
    </message>
    <message>
        <source>Follow-up report expected by %1 (our target, Art. 7)</source>
        <translation>要求于 %1 前补报（本部门目标，第七条）</translation>
    </message>
    <message>
        <source>Summary report: sent %1</source>
        <translation>处置总结报告：已于 %1 报送</translation>
    </message>
    <message>
        <source>Summary report: within 30 days after handling ended (Reporting Measures Art. 8); see the Deadlines page for the legal last day</source>
        <translation>处置总结报告：处置工作结束后30日内报送（《报告管理办法》第八条）；法定最后一日见时限页面</translation>
    </message>
    <message>
        <source>Summary report: due within 30 days once handling ends (Reporting Measures Art. 8)</source>
        <translation>处置总结报告：处置工作结束后30日内报送（《报告管理办法》第八条）</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>定级</translation>
    </message>
    <message>
        <source>Not graded yet: Grade… enters the facts and proposes a grade.</source>
        <translation>尚未定级：点击“定级…”填写事实，即可得出建议级别。</translation>
    </message>
    <message>
        <source>Proposed %1 from the facts entered.</source>
        <translation>%1 依据所填事实得出建议级别。</translation>
    </message>
    <message>
        <source>The department&apos;s grade: %1 (%2, %3)</source>
        <translation>本部门认定级别：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>报告方/接收方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>IncidentGrader</name>
    <message>
        <source>%1: no criterion reads this fact</source>
        <translation>%1：没有判别条件使用该事实</translation>
    </message>
    <message>
        <source>%1: a number at or above zero, or true/false</source>
        <translation>%1：须为不小于零的数，或 true/false</translation>
    </message>
    <message>
        <source>the facts cannot be used</source>
        <translation>事实数据无法使用</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Operator&apos;s report</source>
        <translation>运营者报告</translation>
    </message>
    <message>
        <source>Report to the CAC and the MPS</source>
        <translation>向国家网信部门和公安部报告</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>补报</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>处置总结报告</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>已出具文书</translation>
    </message>
</context>
<context>
    <name>IncidentReportIssuer</name>
    <message>
        <source>report: one of %1</source>
        <translation>报告：须为 %1 之一</translation>
    </message>
    <message>
        <source>incident %1 is graded %2: only major and especially major incidents are reported to the CAC and the MPS</source>
        <translation>事件 %1 定级为%2：只有重大、特别重大网络安全事件才向国家网信部门和公安部报告</translation>
    </message>
    <message>
        <source>incident %1 is graded %2: a general incident is not reported</source>
        <translation>事件 %1 定级为%2：一般网络安全事件无需报告</translation>
    </message>
    <message>
        <source>incident %1 is still being handled: the summary report follows its close</source>
        <translation>事件 %1 尚在处置中：处置工作结束后方形成总结报告</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos; as the output folder</source>
        <translation>无法使用“%1”作为输出文件夹</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>no incident with id %1</source>
        <translation>没有编号为 %1 的事件</translation>
    </message>
    <message>
        <source>operator: no operator with id %1</source>
        <translation>operator：没有编号为 %1 的运营者</translation>
    </message>
    <message>
        <source>systems: %1 is not a system of operator %2</source>
        <translation>systems：%1 不是运营者 %2 的系统</translation>
    </message>
    <message>
        <source>type: one of %1</source>
        <translation>type：须为 %1 之一</translation>
    </message>
    <message>
        <source>discovered: the date and time the operator discovered the incident</source>
        <translation>discovered：请填写运营者发现事件的日期和时间</translation>
    </message>
    <message>
        <source>received: the date and time the department received the report</source>
        <translation>received：请填写本部门收到报告的日期和时间</translation>
    </message>
    <message>
        <source>discovered: %1 is in the future</source>
        <translation>discovered：%1 晚于当前时间</translation>
    </message>
    <message>
        <source>received: %1 is in the future</source>
        <translation>received：%1 晚于当前时间</translation>
    </message>
    <message>
        <source>received: a report cannot arrive before the incident was discovered</source>
        <translation>received：报告不可能早于事件发现时间</translation>
    </message>
    <message>
        <source>occurred: an incident cannot be discovered before it happened</source>
        <translation>occurred：事件不可能在发生前被发现</translation>
    </message>
    <message>
        <source>the incident cannot be recorded</source>
        <translation>无法登记该事件</translation>
    </message>
    <message>
        <source>no grading criterion %1</source>
        <translation>没有分级标准 %1</translation>
    </message>
    <message>
        <source>%1: no criterion reads this fact</source>
        <translation>%1：没有判别条件使用该事实</translation>
    </message>
    <message>
        <source>%1: a number at or above zero, or true/false</source>
        <translation>%1：须为不小于零的数，或 true/false</translation>
    </message>
    <message>
        <source>the facts cannot be used</source>
        <translation>事实数据无法使用</translation>
    </message>
    <message>
        <source>grade: one of %1</source>
        <translation>grade：须为 %1 之一</translation>
    </message>
    <message>
        <source>reason: say why; the incident has no proposed grade</source>
        <translation>reason：请说明理由；该事件尚无建议级别</translation>
    </message>
    <message>
        <source>reason: say why the grade differs from the proposal (%1)</source>
        <translation>reason：请说明与建议级别（%1）不同的理由</translation>
    </message>
    <message>
        <source>incident %1 is %2, not open</source>
        <translation>事件 %1 的状态为“%2”，不是待处置</translation>
    </message>
    <message>
        <source>incident %1 was already closed at %2</source>
        <translation>事件 %1 已于 %2 结束处置</translation>
    </message>
    <message>
        <source>date: the date and time handling ended</source>
        <translation>date：请填写处置结束的日期和时间</translation>
    </message>
    <message>
        <source>date: between the discovery (%1) and now</source>
        <translation>date：须在发现时间（%1）与当前时间之间</translation>
    </message>
    <message>
        <source>due: a date and time after now</source>
        <translation>due：须为晚于当前的日期和时间</translation>
    </message>
    <message>
        <source>kind: one of %1</source>
        <translation>kind：须为 %1 之一</translation>
    </message>
    <message>
        <source>kind: the operator&apos;s report was recorded with the incident; a later one is a follow-up</source>
        <translation>kind：运营者报告已随事件登记；此后的报告属于补报</translation>
    </message>
    <message>
        <source>action: one of %1</source>
        <translation>action：须为 %1 之一</translation>
    </message>
    <message>
        <source>action: the onward report is sent by the department</source>
        <translation>action：向上报告由本部门报送，而非接收</translation>
    </message>
    <message>
        <source>at: the date and time</source>
        <translation>at：请填写日期和时间</translation>
    </message>
    <message>
        <source>at: %1 is in the future</source>
        <translation>at：%1 晚于当前时间</translation>
    </message>
    <message>
        <source>at: before the incident was discovered (%1)</source>
        <translation>at：早于事件发现时间（%1）</translation>
    </message>
    <message>
        <source>the summary report follows the end of handling: close the incident first</source>
        <translation>处置总结报告在处置工作结束后形成：请先结束事件处置</translation>
    </message>
    <message>
        <source>%1: not a part of an incident&apos;s narrative</source>
        <translation>%1：不是事件情况记述的组成部分</translation>
    </message>
</context>
<context>
    <name>IncidentsAddCommand</name>
    <message>
        <source>Record an operator&apos;s incident report (2025 Reporting Measures Art. 4); prints its id.</source>
        <translation>登记运营者的网络安全事件报告（2025年《报告管理办法》第四条）；输出其编号。</translation>
    </message>
    <message>
        <source>Operator id.</source>
        <translation>运营者编号。</translation>
    </message>
    <message>
        <source>The operator&apos;s systems affected, ids separated by commas.</source>
        <translation>受影响的该运营者系统，编号以逗号分隔。</translation>
    </message>
    <message>
        <source>Incident type: %1.</source>
        <translation>事件类型：%1。</translation>
    </message>
    <message>
        <source>When it happened, if known.</source>
        <translation>事件发生时间（如已知）。</translation>
    </message>
    <message>
        <source>When the operator discovered it, e.g. 2026-11-26T09:30+08:00.</source>
        <translation>运营者发现时间，例如 2026-11-26T09:30+08:00。</translation>
    </message>
    <message>
        <source>When the department received the report.</source>
        <translation>本部门收到报告的时间。</translation>
    </message>
    <message>
        <source>Where it was discovered.</source>
        <translation>发现地点。</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>事件经过。</translation>
    </message>
    <message>
        <source>Who reported it (person or unit).</source>
        <translation>报告人（个人或单位）。</translation>
    </message>
    <message>
        <source>--operator, --type, --discovered and --received are required</source>
        <translation>必须提供 --operator、--type、--discovered 和 --received</translation>
    </message>
</context>
<context>
    <name>IncidentsCloseCommand</name>
    <message>
        <source>Record that handling of an incident ended: the summary report is due within 30 days (Reporting Measures Art. 8).</source>
        <translation>登记事件处置工作结束：处置总结报告应于30日内报送（《报告管理办法》第八条）。</translation>
    </message>
    <message>
        <source>Incident id.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>When handling ended, e.g. 2026-11-28T18:00+08:00.</source>
        <translation>处置结束时间，例如 2026-11-28T18:00+08:00。</translation>
    </message>
</context>
<context>
    <name>IncidentsCriteriaCommand</name>
    <message>
        <source>List the grading guide&apos;s criteria as the store holds them: figure, source, enabled.</source>
        <translation>列出数据库中的分级指南判别条件：数值、来源、是否启用。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>判别条件</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>IncidentsCriterionCommand</name>
    <message>
        <source>Confirm or edit a grading criterion (audited): its figure, comparison, enabled.</source>
        <translation>确认或修改一项分级标准（记入审计日志）：数值、比较方式、是否启用。</translation>
    </message>
    <message>
        <source>Criterion key (see &apos;incidents criteria&apos;).</source>
        <translation>标准的键（见“incidents criteria”）。</translation>
    </message>
    <message>
        <source>The figure, a number.</source>
        <translation>数值。</translation>
    </message>
    <message>
        <source>The comparison: &gt;= (以上) or &gt; (超过).</source>
        <translation>比较方式：&gt;=（以上）或 &gt;（超过）。</translation>
    </message>
    <message>
        <source>Let the criterion count.</source>
        <translation>启用该标准。</translation>
    </message>
    <message>
        <source>Stop the criterion counting.</source>
        <translation>停用该标准。</translation>
    </message>
    <message>
        <source>give one criterion key</source>
        <translation>请给出一个标准的键</translation>
    </message>
    <message>
        <source>--enable and --disable exclude each other</source>
        <translation>--enable 与 --disable 不能同时使用</translation>
    </message>
    <message>
        <source>no grading criterion %1</source>
        <translation>没有分级标准 %1</translation>
    </message>
</context>
<context>
    <name>IncidentsFollowUpCommand</name>
    <message>
        <source>Set when the department expects the operator&apos;s follow-up report (补报, Reporting Measures Art. 7): its own target.</source>
        <translation>设定本部门要求运营者补报的时间（《报告管理办法》第七条）：本部门自定目标。</translation>
    </message>
    <message>
        <source>Incident id.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>When the follow-up is expected.</source>
        <translation>要求补报的时间。</translation>
    </message>
    <message>
        <source>What is asked for.</source>
        <translation>要求补报的内容。</translation>
    </message>
</context>
<context>
    <name>IncidentsGradeCommand</name>
    <message>
        <source>Grade an incident: the grading guide&apos;s proposal from facts, or the department&apos;s grade with a reason.</source>
        <translation>为事件定级：依据事实按分级指南得出建议级别，或由本部门定级并说明理由。</translation>
    </message>
    <message>
        <source>Incident id.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>JSON object of facts, e.g. {&quot;cii-outage-hours&quot;: 7}; see &apos;incidents criteria&apos;.</source>
        <translation>事实的 JSON 对象，例如 {&quot;cii-outage-hours&quot;: 7}；见“incidents criteria”。</translation>
    </message>
    <message>
        <source>The department&apos;s grade: %1.</source>
        <translation>本部门认定的级别：%1。</translation>
    </message>
    <message>
        <source>Why, when the grade differs from the proposal.</source>
        <translation>与建议级别不同时的理由。</translation>
    </message>
    <message>
        <source>give either --facts FILE.json or --set G --reason T</source>
        <translation>请给出 --facts FILE.json，或 --set G --reason T，二者选一</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of facts: %2</source>
        <translation>%1 不是事实的 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Proposed grade: %1</source>
        <translation>建议级别：%1</translation>
    </message>
    <message>
        <source> (decided by %1)</source>
        <translation>（由 %1 决定）</translation>
    </message>
</context>
<context>
    <name>IncidentsListCommand</name>
    <message>
        <source>List incidents, newest received first.</source>
        <translation>列出事件，最近收到的在前。</translation>
    </message>
    <message>
        <source>Only incidents not closed.</source>
        <translation>仅列出未结束的事件。</translation>
    </message>
    <message>
        <source>Only incidents of this grade in force: %1, or ungraded.</source>
        <translation>仅列出现行级别为该级的事件：%1，或 ungraded（未定级）。</translation>
    </message>
    <message>
        <source>--grade takes %1 or ungraded</source>
        <translation>--grade 须为 %1 或 ungraded</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <source>Report late</source>
        <translation>迟报</translation>
    </message>
    <message numerus="yes">
        <source>yes (%n min)</source>
        <translation>
            <numerusform>是（%n 分钟）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsNarrativeCommand</name>
    <message>
        <source>Record what the reports state: impact, measures taken, next steps, support requested; for the summary cause, accountability, rectification, lessons.</source>
        <translation>登记报告所述内容：影响和危害、已采取的措施、拟采取的措施、请求支援事项；总结报告的原因、责任追究、整改、教训。</translation>
    </message>
    <message>
        <source>Incident id.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>Text (replaces what was recorded; an empty text clears it).</source>
        <translation>文字（替换原有记录；空文字即清除）。</translation>
    </message>
</context>
<context>
    <name>IncidentsReceiveCommand</name>
    <message>
        <source>Record a follow-up or summary report received from the operator; prints the timeline entry&apos;s id.</source>
        <translation>登记收到运营者的补报或处置总结报告；输出该时间线条目的编号。</translation>
    </message>
    <message>
        <source>Incident id.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>followup or summary.</source>
        <translation>followup（补报）或 summary（总结报告）。</translation>
    </message>
    <message>
        <source>When it was received.</source>
        <translation>收到时间。</translation>
    </message>
    <message>
        <source>Who sent it.</source>
        <translation>报送人。</translation>
    </message>
    <message>
        <source>What it said, in short.</source>
        <translation>内容摘要。</translation>
    </message>
    <message>
        <source>--report takes followup or summary</source>
        <translation>--report 须为 followup 或 summary</translation>
    </message>
</context>
<context>
    <name>IncidentsReportCommand</name>
    <message>
        <source>Write an incident report (to the CAC and the MPS, follow-up, summary) as PDF or ODT, or record that it was sent, which closes its clock.</source>
        <translation>以 PDF 或 ODT 生成事件报告（向国家网信部门和公安部报告、补报、总结报告），或登记其已报送，报送即结束其计时。</translation>
    </message>
    <message>
        <source>Incident id.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>Which report: cac-mps (onward report, Art. 4), followup (Art. 7), summary (Art. 8).</source>
        <translation>报告种类：cac-mps（向上报告，第四条）、followup（补报，第七条）、summary（总结报告，第八条）。</translation>
    </message>
    <message>
        <source>Document format: pdf or odt.</source>
        <translation>文书格式：pdf 或 odt。</translation>
    </message>
    <message>
        <source>Document language: zh, en or bilingual.</source>
        <translation>文书语言：zh、en 或 bilingual。</translation>
    </message>
    <message>
        <source>Folder to write the document into.</source>
        <translation>文书输出文件夹。</translation>
    </message>
    <message>
        <source>A follow-up&apos;s new information since the last report.</source>
        <translation>补报中自上次报告以来的新情况。</translation>
    </message>
    <message>
        <source>Record instead that the report was sent at this time (closes its clock).</source>
        <translation>改为登记报告已于此时报送（结束其计时）。</translation>
    </message>
    <message>
        <source>To whom it was sent (with --sent).</source>
        <translation>报送对象（与 --sent 一起使用）。</translation>
    </message>
    <message>
        <source>--to takes %1</source>
        <translation>--to 须为 %1</translation>
    </message>
    <message>
        <source>give either --format pdf|odt --lang L --out DIR, or --sent DT</source>
        <translation>请给出 --format pdf|odt --lang L --out DIR，或 --sent DT，二者选一</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>必须提供 --out DIR</translation>
    </message>
</context>
<context>
    <name>IncidentsShowCommand</name>
    <message>
        <source>Show an incident with its grading trace and the timeline of its reports.</source>
        <translation>显示事件及其定级过程和报告时间线。</translation>
    </message>
    <message>
        <source>Incident id.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>Incident %1: %2, %3</source>
        <translation>事件 %1：%2，%3</translation>
    </message>
    <message>
        <source>Grade: %1 (proposed: %2)</source>
        <translation>级别：%1（建议：%2）</translation>
    </message>
    <message>
        <source>Reason for the department&apos;s grade: %1</source>
        <translation>本部门定级理由：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>Discovered: %1   Received: %2 (%n min)</source>
        <translation>
            <numerusform>发现：%1   接报：%2（%n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>The operator&apos;s report was late: more than one hour after discovery (Reporting Measures Art. 4).</source>
        <translation>运营者迟报：发现后超过1小时才报告（《报告管理办法》第四条）。</translation>
    </message>
    <message>
        <source>Handling ended: %1</source>
        <translation>处置结束：%1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>判别条件</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>报送方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>a value is required</source>
        <translation>必须填写数值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (write digits only, no separators)</source>
        <translation>“%1”不是整数（只写数字，不加分隔符）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal number (write e.g. 1234.5)</source>
        <translation>“%1”不是小数（例如写成 1234.5）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes/no (write true or false)</source>
        <translation>“%1”不是是/否（请写 true 或 false）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不在以下取值中：%2</translation>
    </message>
    <message>
        <source>unknown indicator type</source>
        <translation>未知指标类型</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 digits before the decimal point; at most %3 are accepted</source>
        <translation>“%1”的整数部分有 %2 位；最多 %3 位</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 decimal places; at most %3 are accepted</source>
        <translation>“%1”有 %2 位小数；最多 %3 位</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; a count, an amount or a share cannot be below zero</source>
        <translation>“%1”为负数；数量、金额或比例不能小于零</translation>
    </message>
</context>
<context>
    <name>IndicatorsListCommand</name>
    <message>
        <source>List the indicator catalogue.</source>
        <translation>列出指标目录。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the store (or upgrade an older one to this version&apos;s schema).</source>
        <translation>创建数据库（或将旧数据库升级到本版本的数据结构）。</translation>
    </message>
    <message>
        <source>Store ready at %1 (schema version %2).</source>
        <translation>数据库已就绪：%1（数据结构版本 %2）。</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Penetration test</source>
        <translation>渗透测试</translation>
    </message>
    <message>
        <source>On-site check</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>文档审查</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
</context>
<context>
    <name>InspectionNoticeIssuer</name>
    <message>
        <source>inspection %1 is merged or cancelled; issue the notice of the inspection that replaced it</source>
        <translation>检查 %1 已合并或已取消；请为取代它的检查签发通知</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos; as the output folder</source>
        <translation>无法使用“%1”作为输出文件夹</translation>
    </message>
    <message>
        <source>inspection %1 is completed; a notice announces an inspection, it is not issued afterwards</source>
        <translation>检查 %1 已完成；检查通知用于事先告知，不在检查结束后印发</translation>
    </message>
    <message>
        <source>inspection %1 is led by %2: its notice is that department&apos;s to issue, not under our document number</source>
        <translation>检查 %1 由%2牵头：其通知应由该部门印发，不使用本部门文号</translation>
    </message>
</context>
<context>
    <name>InspectionRepository</name>
    <message>
        <source>no inspection with id %1</source>
        <translation>不存在编号为 %1 的检查</translation>
    </message>
    <message>
        <source>operator: no operator with id %1</source>
        <translation>operator：不存在编号为 %1 的运营者</translation>
    </message>
    <message>
        <source>lead: unknown department &apos;%1&apos;</source>
        <translation>lead：未知部门“%1”</translation>
    </message>
    <message>
        <source>participants: unknown department &apos;%1&apos;</source>
        <translation>participants：未知部门“%1”</translation>
    </message>
    <message>
        <source>start: a date YYYY-MM-DD is required</source>
        <translation>start：需要日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>end: a date YYYY-MM-DD is required</source>
        <translation>end：需要日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>end: the window ends before it starts</source>
        <translation>end：结束日期早于开始日期</translation>
    </message>
    <message>
        <source>kind: one of %1</source>
        <translation>kind：应为 %1 之一</translation>
    </message>
    <message>
        <source>status: one of %1</source>
        <translation>status：应为 %1 之一</translation>
    </message>
    <message>
        <source>systems: system %1 is not one of the operator&apos;s</source>
        <translation>systems：系统 %1 不属于该运营者</translation>
    </message>
    <message>
        <source>name at least two inspections to merge</source>
        <translation>请至少指定两项要合并的检查</translation>
    </message>
    <message>
        <source>inspection %1 is merged or cancelled and cannot be merged again</source>
        <translation>检查 %1 已合并或已取消，不能再次合并</translation>
    </message>
    <message>
        <source>inspections of different operators cannot be merged</source>
        <translation>不同运营者的检查不能合并</translation>
    </message>
    <message>
        <source>merged from inspection %1</source>
        <translation>由检查 %1 合并而来</translation>
    </message>
    <message>
        <source>inspection %1 was merged meanwhile</source>
        <translation>检查 %1 已被他人同时合并</translation>
    </message>
    <message>
        <source>severity: one of %1</source>
        <translation>severity：应为 %1 之一</translation>
    </message>
    <message>
        <source>description: say what was found</source>
        <translation>description：请说明发现的问题</translation>
    </message>
    <message>
        <source>due: the rectification deadline is required</source>
        <translation>due：必须填写整改期限</translation>
    </message>
    <message>
        <source>system: system %1 is not in the inspection&apos;s scope</source>
        <translation>system：系统 %1 不在检查范围内</translation>
    </message>
    <message>
        <source>no finding with id %1</source>
        <translation>不存在编号为 %1 的问题</translation>
    </message>
</context>
<context>
    <name>InspectionTransfer</name>
    <message>
        <source>missing column</source>
        <translation>缺少该列</translation>
    </message>
    <message>
        <source>the file does not have the inspection columns</source>
        <translation>文件缺少检查计划所需的列</translation>
    </message>
    <message>
        <source>no operator with code &apos;%1&apos; in the registry</source>
        <translation>登记信息中没有统一社会信用代码为“%1”的运营者</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>属于 %1 之一</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>需要日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>before the start</source>
        <translation>早于开始日期</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n 行无法导入；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>the calendar has no events</source>
        <translation>日历中没有事件</translation>
    </message>
    <message>
        <source>the event names no operator code</source>
        <translation>事件中没有运营者统一社会信用代码</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>需要日期</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n 个事件无法导入；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source> (event beginning on line %1)</source>
        <translation>（第 %1 行开始的事件）</translation>
    </message>
    <message>
        <source>CII Workbench: inspections</source>
        <translation>关保工作台：检查检测</translation>
    </message>
    <message>
        <source>%1 of a critical information infrastructure operator (Art. 26)</source>
        <translation>对关键信息基础设施运营者开展的%1（第二十六条）</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>运营者：%1（%2）</translation>
    </message>
    <message>
        <source>From %1 to %2; status: %3</source>
        <translation>%1 至 %2；状态：%3</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>检查组：%1</translation>
    </message>
</context>
<context>
    <name>InspectionsAddCommand</name>
    <message>
        <source>Plan an inspection of an operator (ours or another department&apos;s); prints its id.</source>
        <translation>计划对运营者的检查（本部门或其他部门的）；输出其编号。</translation>
    </message>
    <message>
        <source>Operator id.</source>
        <translation>运营者编号。</translation>
    </message>
    <message>
        <source>Lead department key (own, mps, …).</source>
        <translation>牵头部门代码（own、mps…）。</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>开始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>结束日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Kind: %1.</source>
        <translation>类型：%1。</translation>
    </message>
    <message>
        <source>Participating department keys, comma-separated.</source>
        <translation>参与部门代码，以逗号分隔。</translation>
    </message>
    <message>
        <source>Systems in scope, comma-separated ids.</source>
        <translation>检查范围内的系统编号，以逗号分隔。</translation>
    </message>
    <message>
        <source>The inspection team.</source>
        <translation>检查组。</translation>
    </message>
    <message>
        <source>--operator ID is required</source>
        <translation>必须提供 --operator ID</translation>
    </message>
</context>
<context>
    <name>InspectionsConflictsCommand</name>
    <message>
        <source>Inspections of the same operator that overlap, come too close or cover the same systems in one quarter (Art. 27).</source>
        <translation>同一运营者的检查时间重叠、间隔过近或同一季度检查相同系统（第二十七条）。</translation>
    </message>
    <message>
        <source>Least number of free days between two inspections (default 30).</source>
        <translation>两次检查之间的最少间隔天数（默认 30）。</translation>
    </message>
    <message>
        <source>A</source>
        <translation>检查甲</translation>
    </message>
    <message>
        <source>B</source>
        <translation>检查乙</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Inspection A</source>
        <translation>检查甲</translation>
    </message>
    <message>
        <source>Inspection B</source>
        <translation>检查乙</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Gap (days)</source>
        <translation>间隔（天）</translation>
    </message>
</context>
<context>
    <name>InspectionsExportCommand</name>
    <message>
        <source>Write the inspections as iCalendar (.ics) or CSV.</source>
        <translation>将检查计划导出为 iCalendar（.ics）或 CSV。</translation>
    </message>
    <message>
        <source>ics or csv.</source>
        <translation>ics 或 csv。</translation>
    </message>
    <message>
        <source>File to write (default: standard output).</source>
        <translation>输出文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>Only inspections in this year.</source>
        <translation>仅该年度的检查。</translation>
    </message>
    <message>
        <source>Include merged and cancelled inspections.</source>
        <translation>包括已合并和已取消的检查。</translation>
    </message>
    <message>
        <source>--format takes ics or csv</source>
        <translation>--format 取值为 ics 或 csv</translation>
    </message>
</context>
<context>
    <name>InspectionsImportCommand</name>
    <message>
        <source>Import inspections (e.g. another department&apos;s plan) from CSV or .ics; all or nothing.</source>
        <translation>从 CSV 或 .ics 导入检查（如其他部门的计划）；全部导入或全部不导入。</translation>
    </message>
    <message>
        <source>A .csv or .ics file.</source>
        <translation>.csv 或 .ics 文件。</translation>
    </message>
    <message>
        <source>Lead department for rows or events that name none (default own).</source>
        <translation>未注明牵头部门的行或事件所用的牵头部门（默认 own）。</translation>
    </message>
    <message>
        <source>name one file</source>
        <translation>请指定一个文件</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported</source>
        <translation>
            <numerusform>%n 行无法导入；未导入任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inspection(s).</source>
        <translation>
            <numerusform>已导入 %n 项检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionsListCommand</name>
    <message>
        <source>List inspections (a year&apos;s plan with --year).</source>
        <translation>列出检查（加 --year 为年度计划）。</translation>
    </message>
    <message>
        <source>Only this operator (id).</source>
        <translation>仅该运营者（编号）。</translation>
    </message>
    <message>
        <source>Only inspections in this year.</source>
        <translation>仅该年度的检查。</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>已并入 %1</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>联合检查</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>InspectionsMergeCommand</name>
    <message>
        <source>Merge inspections into one joint inspection (the originals are kept, linked); prints its id.</source>
        <translation>将多项检查合并为一次联合检查（原检查保留并关联）；输出其编号。</translation>
    </message>
    <message>
        <source>Inspections to merge (two or more).</source>
        <translation>要合并的检查（两项或以上）。</translation>
    </message>
    <message>
        <source>Lead department (default: the first one&apos;s).</source>
        <translation>牵头部门（默认：第一项检查的）。</translation>
    </message>
    <message>
        <source>First day of the joint window.</source>
        <translation>联合检查开始日期。</translation>
    </message>
    <message>
        <source>Last day of the joint window.</source>
        <translation>联合检查结束日期。</translation>
    </message>
    <message>
        <source>name at least two inspections</source>
        <translation>请至少指定两项检查</translation>
    </message>
    <message>
        <source>give both --start and --end, or neither</source>
        <translation>--start 和 --end 须同时提供或同时省略</translation>
    </message>
</context>
<context>
    <name>InspectionsNoticeCommand</name>
    <message>
        <source>Issue and write the notice of an inspection to the operator (numbered); prints the file.</source>
        <translation>签发并生成致运营者的检查通知（编号）；输出文件路径。</translation>
    </message>
    <message>
        <source>Inspection id.</source>
        <translation>检查编号。</translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation>pdf 或 odt。</translation>
    </message>
    <message>
        <source>zh, en or bilingual.</source>
        <translation>zh、en 或 bilingual（中英对照）。</translation>
    </message>
    <message>
        <source>Folder to write into (required).</source>
        <translation>输出文件夹（必填）。</translation>
    </message>
    <message>
        <source>Date of the notice, YYYY-MM-DD (default today).</source>
        <translation>通知日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>必须提供 --out DIR</translation>
    </message>
    <message>
        <source>Notice %1 → %2</source>
        <translation>通知 %1 → %2</translation>
    </message>
    <message>
        <source>Notice %1 (reprint) → %2</source>
        <translation>通知 %1（重印）→ %2</translation>
    </message>
</context>
<context>
    <name>InspectionsStatusCommand</name>
    <message>
        <source>Move an inspection to planned, notified, in-progress, completed or cancelled.</source>
        <translation>将检查状态改为已计划、已通知、进行中、已完成或已取消。</translation>
    </message>
    <message>
        <source>Inspection id.</source>
        <translation>检查编号。</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>新状态。</translation>
    </message>
    <message>
        <source>give the inspection id and the new status</source>
        <translation>请提供检查编号和新状态</translation>
    </message>
</context>
<context>
    <name>InstantOption</name>
    <message>
        <source>--%1 is required (a date and time like 2026-11-26T09:30+08:00)</source>
        <translation>必须提供 --%1（形如 2026-11-26T09:30+08:00 的日期和时间）</translation>
    </message>
</context>
<context>
    <name>IssuingDepartment</name>
    <message>
        <source>the store has no own department</source>
        <translation>数据库中没有本部门记录</translation>
    </message>
    <message>
        <source>its Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>its document-number prefix</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>a contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>a contact telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>nothing was numbered: the own department lacks %1. Set it in Department settings, or with: departments set own %2</source>
        <translation>未编号任何文书：本部门尚缺%1。请在“本部门设置”中填写，或运行：departments set own %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the missing items</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MigrateStoreCommand</name>
    <message>
        <source>Copy a whole store into an empty one (SQLite file or PostgreSQL database, either way) and verify the copy: every table&apos;s rows and the audit chain.</source>
        <translation>将整个数据库复制到一个空数据库（SQLite 文件与 PostgreSQL 数据库可互相复制），并校验副本：每张表的行数和审计链。</translation>
    </message>
    <message>
        <source>The store to copy: a file path or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>要复制的数据库：文件路径或 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The empty target: a new or empty file, or a PostgreSQL database without tables (created when missing and the user may).</source>
        <translation>空的目标：新文件或空文件，或没有表的 PostgreSQL 数据库（不存在且用户有权限时自动创建）。</translation>
    </message>
    <message>
        <source>expected: migrate-store --from URL --to URL</source>
        <translation>应为：migrate-store --from URL --to URL</translation>
    </message>
    <message>
        <source>--from and --to name the same store</source>
        <translation>--from 与 --to 指向同一个数据库</translation>
    </message>
    <message>
        <source>copied %1 of %2 rows; verifying the copy</source>
        <translation>已复制 %1 / %2 行；正在校验副本</translation>
    </message>
    <message>
        <source>copying %1: %2 of %3 rows</source>
        <translation>正在复制 %1：%2 / %3 行</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4 in %5 s.</source>
        <translation>已将 %2 张表中的 %1 行从 %3 复制到 %4，用时 %5 秒。</translation>
    </message>
    <message numerus="yes">
        <source>Verified on the copy: every table&apos;s rows, and the audit log&apos;s %n record(s) up to the same last hash.</source>
        <translation>
            <numerusform>副本已校验：每张表的行数一致，审计日志 %n 条记录完整，末条哈希相同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeExportCommand</name>
    <message>
        <source>Issue and write the Art. 10 notices of decided cases (numbered); prints the files.</source>
        <translation>为已决定的认定签发并生成第十条通知（编号）；输出文件路径。</translation>
    </message>
    <message>
        <source>Decided case ids.</source>
        <translation>已决定的认定编号。</translation>
    </message>
    <message>
        <source>operator (one notice per operator) or mps (one notification listing every case).</source>
        <translation>operator（每个运营者一份通知书）或 mps（一份列出全部认定的通报）。</translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation>pdf 或 odt。</translation>
    </message>
    <message>
        <source>zh, en or bilingual.</source>
        <translation>zh、en 或 bilingual（中英对照）。</translation>
    </message>
    <message>
        <source>Folder to write into (required).</source>
        <translation>输出文件夹（必填）。</translation>
    </message>
    <message>
        <source>Date of new notices, YYYY-MM-DD (default today).</source>
        <translation>新通知的日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>name at least one case</source>
        <translation>请至少指定一项认定</translation>
    </message>
    <message>
        <source>--to takes operator or mps</source>
        <translation>--to 取值为 operator 或 mps</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>必须提供 --out DIR</translation>
    </message>
    <message>
        <source>Notice %1 → %2</source>
        <translation>通知 %1 → %2</translation>
    </message>
    <message>
        <source>Number a new notice for cases already in one to that addressee (it replaces the earlier notice; needs --reason).</source>
        <translation>为已列入致该对象通知的认定重新编号印发（替代原通知；须同时提供 --reason）。</translation>
    </message>
    <message>
        <source>Why the notice is reissued (recorded and printed).</source>
        <translation>重新印发的原因（记录并印在通知上）。</translation>
    </message>
    <message>
        <source>--reissue needs --reason T</source>
        <translation>--reissue 须同时提供 --reason 原因</translation>
    </message>
    <message>
        <source>--reason goes with --reissue</source>
        <translation>--reason 只能与 --reissue 一起使用</translation>
    </message>
    <message>
        <source>Notice %1 (reprint) → %2</source>
        <translation>通知 %1（重印）→ %2</translation>
    </message>
</context>
<context>
    <name>NoticeIssuer</name>
    <message>
        <source>a notice goes to the operator or the mps, not &apos;%1&apos;</source>
        <translation>通知对象应为 operator 或 mps，而不是“%1”</translation>
    </message>
    <message>
        <source>choose at least one decided case</source>
        <translation>请至少选择一项已决定的认定</translation>
    </message>
    <message>
        <source>case %1 is not decided yet; confirm or override it first</source>
        <translation>认定 %1 尚未决定，请先确认或改判</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos; as the output folder</source>
        <translation>无法使用“%1”作为输出文件夹</translation>
    </message>
</context>
<context>
    <name>NoticeRecordCommand</name>
    <message>
        <source>Record the day the operator or the MPS was notified of a case.</source>
        <translation>登记运营者或公安部收到认定通知的日期。</translation>
    </message>
    <message>
        <source>Case id.</source>
        <translation>认定编号。</translation>
    </message>
    <message>
        <source>operator or mps.</source>
        <translation>operator 或 mps。</translation>
    </message>
    <message>
        <source>Day of notification, YYYY-MM-DD (required).</source>
        <translation>通知日期，YYYY-MM-DD（必填）。</translation>
    </message>
    <message>
        <source>--to takes operator or mps</source>
        <translation>--to 取值为 operator 或 mps</translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD is required</source>
        <translation>必须提供 --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Case %1: %2 notified on %3.</source>
        <translation>认定 %1：已于 %3 通知 %2。</translation>
    </message>
</context>
<context>
    <name>NoticeRepository</name>
    <message>
        <source>a notice needs at least one case</source>
        <translation>通知至少需要包含一项认定</translation>
    </message>
    <message>
        <source>no notice with id %1</source>
        <translation>不存在编号为 %1 的通知</translation>
    </message>
    <message>
        <source>a reissued notice needs the reason (--reason)</source>
        <translation>重新印发通知必须说明原因（--reason）</translation>
    </message>
    <message>
        <source>case %1 is already in notice %2; reprint it, or use --reissue --reason T</source>
        <translation>认定 %1 已列入通知 %2；请重印该通知，或使用 --reissue --reason 原因</translation>
    </message>
    <message>
        <source>none of these cases is in a notice of this kind yet; issue it without --reissue</source>
        <translation>这些认定尚未列入此类通知；请不带 --reissue 印发</translation>
    </message>
</context>
<context>
    <name>OnwardReportText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;2 h 5 min&quot;.</extracomment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Onward report of incident %1 (%2) to the CAC and the MPS was due %3 — overdue by %4</source>
        <extracomment>%1 incident number, %2 operator, %3 the time it was due, %4 how long ago.</extracomment>
        <translation>事件 %1（%2）向国家网信部门和公安部报告的截止时间为 %3——已逾期 %4</translation>
    </message>
    <message>
        <source>Onward report of incident %1 (%2) to the CAC and the MPS due %3 — %4 left</source>
        <extracomment>%1 incident number, %2 operator, %3 the time it is due, %4 the time left.</extracomment>
        <translation>事件 %1（%2）向国家网信部门和公安部报告的截止时间为 %3——剩余 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · and %n more</source>
        <extracomment>%1 is the soonest onward report; the others are counted after it.</extracomment>
        <translation>
            <numerusform>%1 · 另有 %n 起</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperatorInfo</name>
    <message>
        <source>the Chinese name is required</source>
        <translation>必须填写中文名称</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos; (one of: telecom, energy, transport, water, finance, public-services, e-government, defence-industry, other)</source>
        <translation>未知行业领域“%1”（可取：telecom、energy、transport、water、finance、public-services、e-government、defence-industry、other）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>“%1”不是电子邮箱地址</translation>
    </message>
</context>
<context>
    <name>OperatorsAddCommand</name>
    <message>
        <source>Add an operator; prints its id.</source>
        <translation>添加运营者；输出其编号。</translation>
    </message>
    <message>
        <source>Chinese name (required).</source>
        <translation>中文名称（必填）。</translation>
    </message>
    <message>
        <source>English name.</source>
        <translation>英文名称。</translation>
    </message>
    <message>
        <source>Unified social credit code, 18 characters (required).</source>
        <translation>统一社会信用代码，18 位（必填）。</translation>
    </message>
    <message>
        <source>Sector key (required).</source>
        <translation>行业领域键（必填）。</translation>
    </message>
    <message>
        <source>Region.</source>
        <translation>地区。</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>联系人。</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>Contact e-mail.</source>
        <translation>联系邮箱。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须提供 --%1</translation>
    </message>
</context>
<context>
    <name>OperatorsListCommand</name>
    <message>
        <source>List operators.</source>
        <translation>列出运营者。</translation>
    </message>
    <message>
        <source>Only this sector (key).</source>
        <translation>只列出该行业领域（键）。</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知行业领域“%1”</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>passphrase: at least %1 characters</source>
        <translation>口令：至少 %1 个字符</translation>
    </message>
    <message>
        <source>the cryptography library cannot be initialised</source>
        <translation>无法初始化密码库</translation>
    </message>
    <message>
        <source>not enough memory to hash the passphrase</source>
        <translation>内存不足，无法计算口令的哈希值</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CII Workbench</source>
        <translation>关保工作台</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be opened: %2

This workstation&apos;s own store is opened instead.</source>
        <translation>无法打开共享数据库 %1：%2

改为打开本工作站自己的数据库。</translation>
    </message>
</context>
<context>
    <name>RegistryRepository</name>
    <message>
        <source>no operator with id %1</source>
        <translation>没有编号为 %1 的运营者</translation>
    </message>
    <message>
        <source>an operator with the code %1 already exists (id %2, %3)</source>
        <translation>代码为 %1 的运营者已存在（编号 %2，%3）</translation>
    </message>
    <message>
        <source>another operator already has the code %1</source>
        <translation>另一个运营者已使用代码 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n system(s); delete or move them first</source>
        <translation>
            <numerusform>%1 仍有 %n 个系统；请先删除或转移这些系统</numerusform>
        </translation>
    </message>
    <message>
        <source>no system with id %1</source>
        <translation>没有编号为 %1 的系统</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>no department with key &apos;%1&apos;</source>
        <translation>不存在代码为“%1”的部门</translation>
    </message>
    <message>
        <source>name_zh: the department&apos;s Chinese name is required</source>
        <translation>name_zh：必须填写部门中文名称</translation>
    </message>
    <message>
        <source>%1 has been identified and is kept for the record; set its status to retired instead</source>
        <translation>%1 已有认定记录，须留存备查；请将其状态改为“已退役”</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知行业领域“%1”</translation>
    </message>
    <message>
        <source>key: &apos;%1&apos; is not a department key: 2 to %2 lower-case letters, digits and hyphens, starting with a letter</source>
        <translation>key：“%1”不是有效的部门标识：应为 2 至 %2 个小写字母、数字或连字符，并以字母开头</translation>
    </message>
    <message>
        <source>key: a department with key &apos;%1&apos; exists already</source>
        <translation>key：标识为“%1”的部门已存在</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>部门 %1</translation>
    </message>
    <message>
        <source>operator %1 (%2)</source>
        <translation>运营者 %1（%2）</translation>
    </message>
    <message>
        <source>system %1 (%2)</source>
        <translation>系统 %1（%2）</translation>
    </message>
</context>
<context>
    <name>RegistryTransfer</name>
    <message>
        <source>unknown column (expected: %1)</source>
        <translation>未知列（应为：%1）</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>an operator with this code is already in the store (id %1)</source>
        <translation>数据库中已有使用此代码的运营者（编号 %1）</translation>
    </message>
    <message>
        <source>the same code is already on row %1</source>
        <translation>相同的代码已出现在第 %1 行</translation>
    </message>
    <message>
        <source>unknown column: neither a system field (%1) nor an indicator key</source>
        <translation>未知列：既不是系统字段（%1），也不是指标键</translation>
    </message>
    <message>
        <source>no operator with the code &apos;%1&apos; in the store (import operators first)</source>
        <translation>数据库中没有代码为“%1”的运营者（请先导入运营者）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (write YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>发现 %n 处问题；未导入任何内容</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the annual report on one sector for the department&apos;s leadership; prints the file.</source>
        <translation>生成报送部门领导的行业领域年度报告；输出文件路径。</translation>
    </message>
    <message>
        <source>Sector key (required).</source>
        <translation>行业领域代码（必填）。</translation>
    </message>
    <message>
        <source>Calendar year (required).</source>
        <translation>年度（必填）。</translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation>pdf 或 odt。</translation>
    </message>
    <message>
        <source>zh, en or bilingual.</source>
        <translation>zh、en 或 bilingual。</translation>
    </message>
    <message>
        <source>Folder to write into (required).</source>
        <translation>输出文件夹（必填）。</translation>
    </message>
    <message>
        <source>Date of the report, YYYY-MM-DD (default today): overdue items are judged on it.</source>
        <translation>报告日期，YYYY-MM-DD（默认为今天）：以该日判断是否逾期。</translation>
    </message>
    <message>
        <source>--sector KEY is required</source>
        <translation>必须指定 --sector KEY</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知的行业领域“%1”</translation>
    </message>
    <message>
        <source>--year Y is required</source>
        <translation>必须指定 --year Y</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>必须指定 --out DIR</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the store with a backup once the backup verifies (integrity, schema, audit chain); the replaced store is kept beside it as a dated copy.</source>
        <translation>备份校验通过（完整性、结构、审计链）后，用备份替换存储；被替换的存储以带日期的副本保留在旁。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>expected: restore FILE</source>
        <translation>用法：restore 文件</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The store it replaced is kept as %1.</source>
        <translation>被替换的存储保留为 %1。</translation>
    </message>
</context>
<context>
    <name>RuleSetComparison</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s)</source>
        <translation>
            <numerusform>%n 个测试用例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSetJson</name>
    <message>
        <source>%1.%2: required</source>
        <translation>%1.%2：必填</translation>
    </message>
    <message>
        <source>%1.%2: must be text</source>
        <translation>%1.%2：必须是文本</translation>
    </message>
    <message>
        <source>%1.%2: must be a list</source>
        <translation>%1.%2：必须是列表</translation>
    </message>
    <message>
        <source>%1.%2[%3]: must be text</source>
        <translation>%1.%2[%3]：必须是文本</translation>
    </message>
    <message>
        <source>$.format: required, the number %1</source>
        <translation>$.format：必填，应为数字 %1</translation>
    </message>
    <message>
        <source>$.format: version %1 is newer than this application reads (%2)</source>
        <translation>$.format：版本 %1 比本软件能读取的版本（%2）新</translation>
    </message>
    <message>
        <source>$.version: must be a whole number from 1</source>
        <translation>$.version：必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>$.filed_on: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>$.filed_on：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1: must be an object with &quot;mode&quot;</source>
        <translation>%1：必须是包含 &quot;mode&quot; 的对象</translation>
    </message>
    <message>
        <source>$.factors: must be an object</source>
        <translation>$.factors：必须是对象</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>%1.threshold: must be a number, a list or null</source>
        <translation>%1.threshold：必须是数字、列表或 null</translation>
    </message>
    <message>
        <source>%1.values: must be an object of indicator values</source>
        <translation>%1.values：必须是由指标值组成的对象</translation>
    </message>
    <message numerus="yes">
        <source>the rule set has %n problem(s)</source>
        <translation>
            <numerusform>认定规则有 %n 处问题</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>$: %1 at character %2</source>
        <translation>$：第 %2 个字符处%1</translation>
    </message>
    <message>
        <source>not a rule set</source>
        <translation>不是认定规则</translation>
    </message>
    <message>
        <source>$: must be an object</source>
        <translation>$：必须是对象</translation>
    </message>
    <message>
        <source>$.sector: unknown sector &apos;%1&apos;</source>
        <translation>$.sector：未知行业领域“%1”</translation>
    </message>
    <message>
        <source>$.status: unknown status &apos;%1&apos; (draft, submitted, filed, superseded)</source>
        <translation>$.status：未知状态“%1”（draft、submitted、filed、superseded）</translation>
    </message>
    <message>
        <source>%1: unknown factor (core, harm, cross_sector)</source>
        <translation>%1：未知因素（core、harm、cross_sector）</translation>
    </message>
    <message>
        <source>%1.mode: &apos;%2&apos; is not any, all or at-least</source>
        <translation>%1.mode：“%2”不是 any、all 或 at-least</translation>
    </message>
    <message>
        <source>%1.k: must be 1 or more</source>
        <translation>%1.k：必须不小于 1</translation>
    </message>
    <message>
        <source>%1.id: &apos;%2&apos; must be letters, digits, _ or -, and not a factor name or and/or/not</source>
        <translation>%1.id：“%2”只能由字母、数字、_ 或 - 组成，且不能是因素名称或 and/or/not</translation>
    </message>
    <message>
        <source>%1.id: &apos;%2&apos; is used twice</source>
        <translation>%1.id：“%2”重复使用</translation>
    </message>
    <message>
        <source>%1.factor: &apos;%2&apos; is not core, harm or cross_sector</source>
        <translation>%1.factor：“%2”不是 core、harm 或 cross_sector</translation>
    </message>
    <message>
        <source>%1.indicator: unknown indicator &apos;%2&apos;</source>
        <translation>%1.indicator：未知指标“%2”</translation>
    </message>
    <message>
        <source>%1.op: &apos;%2&apos; is not one of &gt; &gt;= &lt; &lt;= = in is-true</source>
        <translation>%1.op：“%2”不是 &gt; &gt;= &lt; &lt;= = in is-true 之一</translation>
    </message>
    <message>
        <source>%1.threshold: &apos;in&apos; needs a list of values</source>
        <translation>%1.threshold：in 需要一个取值列表</translation>
    </message>
    <message>
        <source>%1.op: &apos;is-true&apos; needs a yes/no indicator; %2 is not</source>
        <translation>%1.op：is-true 需要是/否型指标；%2 不是</translation>
    </message>
    <message>
        <source>%1.threshold: &apos;%2&apos; is not a number</source>
        <translation>%1.threshold：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1.op: &apos;%2&apos; compares numbers; %3 is not a number</source>
        <translation>%1.op：“%2”用于比较数字；%3 不是数值型指标</translation>
    </message>
    <message>
        <source>%1.applies_to[%2]: &apos;%3&apos; is not website, platform, production or other</source>
        <translation>%1.applies_to[%2]：“%3”不是 website、platform、production 或 other</translation>
    </message>
    <message>
        <source>%1: give the criterion&apos;s wording (text_zh or text_en)</source>
        <translation>%1：请填写认定标准的表述（text_zh 或 text_en）</translation>
    </message>
    <message>
        <source>$.expression: position %1: &apos;%2&apos; is neither a factor (core, harm, cross_sector) nor a criterion id</source>
        <translation>$.expression：第 %1 个字符处：“%2”既不是因素（core、harm、cross_sector），也不是认定标准编号</translation>
    </message>
    <message>
        <source>%1.expected: &apos;%2&apos; is not cii, not-cii or insufficient-data</source>
        <translation>%1.expected：“%2”不是 cii、not-cii 或 insufficient-data</translation>
    </message>
    <message>
        <source>%1.category: &apos;%2&apos; is not website, platform, production or other</source>
        <translation>%1.category：“%2”不是 website、platform、production 或 other</translation>
    </message>
    <message>
        <source>%1.values.%2: unknown indicator</source>
        <translation>%1.values.%2：未知指标</translation>
    </message>
</context>
<context>
    <name>RuleSetRepository</name>
    <message>
        <source>no rule set with id %1</source>
        <translation>没有编号为 %1 的认定规则</translation>
    </message>
    <message>
        <source>choose the sector the rule set is for (unknown sector &apos;%1&apos;)</source>
        <translation>请选择该认定规则适用的行业领域（未知行业领域“%1”）</translation>
    </message>
    <message>
        <source>version %1 of these rules is %2 and cannot change; make a new version to edit it</source>
        <translation>该认定规则的第 %1 版状态为 %2，不能修改；如需修改请新建版本</translation>
    </message>
    <message>
        <source>only a draft can be submitted for filing; this one is %1</source>
        <translation>只有草稿才能提交备案；此版本的状态为 %1</translation>
    </message>
    <message>
        <source>version %1 is already %2</source>
        <translation>第 %1 版的状态已是 %2</translation>
    </message>
    <message>
        <source>filing needs the filing reference and the date</source>
        <translation>备案需要填写备案编号和日期</translation>
    </message>
    <message>
        <source>the rules have problems and cannot be filed</source>
        <translation>认定规则存在问题，不能备案</translation>
    </message>
    <message>
        <source>test &apos;%1&apos;: expected %2, the rules give %3</source>
        <translation>测试用例“%1”：预期 %2，规则给出 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) fail; filing is refused until every test passes</source>
        <translation>
            <numerusform>%n 个测试用例未通过；全部通过前不能备案</numerusform>
        </translation>
    </message>
    <message>
        <source>a filed rule set cannot be deleted</source>
        <translation>已备案的认定规则不能删除</translation>
    </message>
    <message>
        <source>version %1 of the %2 rules</source>
        <translation>%2认定规则第 %1 版</translation>
    </message>
</context>
<context>
    <name>RulesCompareCommand</name>
    <message>
        <source>Compare two rule-set versions criterion by criterion.</source>
        <translation>逐项比较认定规则的两个版本。</translation>
    </message>
    <message>
        <source>Rule set id of the older version.</source>
        <translation>旧版本的认定规则编号。</translation>
    </message>
    <message>
        <source>Rule set id of the newer version.</source>
        <translation>新版本的认定规则编号。</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>RulesDocumentCommand</name>
    <message>
        <source>Write the filing document of a rule set (PDF or ODT) for the MPS.</source>
        <translation>生成报公安部备案的认定规则文件（PDF 或 ODT）。</translation>
    </message>
    <message>
        <source>Rule set id.</source>
        <translation>认定规则编号。</translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation>pdf 或 odt。</translation>
    </message>
    <message>
        <source>zh, en or bilingual.</source>
        <translation>zh、en 或 bilingual（中英对照）。</translation>
    </message>
    <message>
        <source>File to write (required).</source>
        <translation>要写入的文件（必填）。</translation>
    </message>
    <message>
        <source>Issuing department&apos;s Chinese name.</source>
        <translation>发文部门的中文名称。</translation>
    </message>
    <message>
        <source>Issuing department&apos;s English name.</source>
        <translation>发文部门的英文名称。</translation>
    </message>
    <message>
        <source>Document date, YYYY-MM-DD (default today).</source>
        <translation>成文日期，YYYY-MM-DD（默认为今天）。</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须提供 --out 文件</translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD</source>
        <translation>--date 的格式为 YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>RulesExportCommand</name>
    <message>
        <source>Export a rule set as JSON (to stdout, or a file).</source>
        <translation>将认定规则导出为 JSON（输出到标准输出或文件）。</translation>
    </message>
    <message>
        <source>Rule set id.</source>
        <translation>认定规则编号。</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
</context>
<context>
    <name>RulesFileCommand</name>
    <message>
        <source>Record that a rule set was filed with the MPS; it can never change afterwards.</source>
        <translation>登记认定规则已报公安部备案；此后永远不能修改。</translation>
    </message>
    <message>
        <source>Rule set id.</source>
        <translation>认定规则编号。</translation>
    </message>
    <message>
        <source>Filing reference (required).</source>
        <translation>备案编号（必填）。</translation>
    </message>
    <message>
        <source>Filing date, YYYY-MM-DD (required).</source>
        <translation>备案日期，YYYY-MM-DD（必填）。</translation>
    </message>
    <message>
        <source>--reference and --date YYYY-MM-DD are required</source>
        <translation>必须提供 --reference 和 --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Rule set %1 filed.</source>
        <translation>认定规则 %1 已备案。</translation>
    </message>
</context>
<context>
    <name>RulesImportCommand</name>
    <message>
        <source>Import a rule set (JSON) as a new draft version; prints its id.</source>
        <translation>将认定规则（JSON）导入为新的草稿版本；输出其编号。</translation>
    </message>
    <message>
        <source>Rule-set JSON file.</source>
        <translation>认定规则 JSON 文件。</translation>
    </message>
    <message>
        <source>Put the rule set into this sector (key).</source>
        <translation>将认定规则放入此行业领域（键）。</translation>
    </message>
    <message>
        <source>expected: rules import FILE</source>
        <translation>应为：rules import 文件</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知行业领域“%1”</translation>
    </message>
</context>
<context>
    <name>RulesLetterCommand</name>
    <message>
        <source>Issue and write the numbered letter filing a rule set with the MPS (Art. 9); prints the file. Its attachment is written by &apos;rules document&apos;.</source>
        <translation>印发并生成报公安部备案认定规则的编号函（第九条）；输出文件路径。其附件由 rules document 生成。</translation>
    </message>
    <message>
        <source>Rule set id.</source>
        <translation>认定规则编号。</translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation>pdf 或 odt。</translation>
    </message>
    <message>
        <source>zh, en or bilingual.</source>
        <translation>zh、en 或 bilingual（中英对照）。</translation>
    </message>
    <message>
        <source>File to write (required).</source>
        <translation>要写入的文件（必填）。</translation>
    </message>
    <message>
        <source>Date of a new letter, YYYY-MM-DD (default today).</source>
        <translation>新函的日期，YYYY-MM-DD（默认为今天）。</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须提供 --out 文件</translation>
    </message>
    <message>
        <source>Letter %1 (reprint) → %2</source>
        <translation>函 %1（重印）→ %2</translation>
    </message>
    <message>
        <source>Letter %1 → %2</source>
        <translation>函 %1 → %2</translation>
    </message>
</context>
<context>
    <name>RulesListCommand</name>
    <message>
        <source>List rule sets and their versions.</source>
        <translation>列出认定规则及其版本。</translation>
    </message>
    <message>
        <source>Only this sector (key).</source>
        <translation>只列出该行业领域（键）。</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知行业领域“%1”</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>RulesNewVersionCommand</name>
    <message>
        <source>Copy a rule set into a new draft version; prints its id.</source>
        <translation>将认定规则复制为新的草稿版本；输出其编号。</translation>
    </message>
    <message>
        <source>Rule set id.</source>
        <translation>认定规则编号。</translation>
    </message>
</context>
<context>
    <name>RulesShowCommand</name>
    <message>
        <source>Show one rule set with its criteria and test cases.</source>
        <translation>显示一个认定规则及其认定标准和测试用例。</translation>
    </message>
    <message>
        <source>Rule set id.</source>
        <translation>认定规则编号。</translation>
    </message>
    <message>
        <source>Sector %1, version %2, %3</source>
        <translation>行业领域 %1，第 %2 版，%3</translation>
    </message>
    <message>
        <source>, filed %1 as %2</source>
        <translation>，%1 备案，备案编号 %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决策表达式：%1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>表述</translation>
    </message>
</context>
<context>
    <name>RulesTemplateCommand</name>
    <message>
        <source>Print the shipped template built from the 2016 national determination guide.</source>
        <translation>输出依据2016年国家确定指南制作的内置模板。</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
</context>
<context>
    <name>RulesTestCommand</name>
    <message>
        <source>Run a rule set&apos;s test cases (exit 0 when all pass, 3 when any fails).</source>
        <translation>运行认定规则的测试用例（全部通过时退出码为 0，有未通过时为 3）。</translation>
    </message>
    <message>
        <source>Rule set id.</source>
        <translation>认定规则编号。</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 个通过，%2 个未通过</translation>
    </message>
</context>
<context>
    <name>RulesUpdateCommand</name>
    <message>
        <source>Replace a draft&apos;s criteria, logic and tests with a JSON file; filed versions cannot change.</source>
        <translation>用 JSON 文件替换草稿的认定标准、逻辑和测试用例；已备案的版本不能修改。</translation>
    </message>
    <message>
        <source>Rule set id.</source>
        <translation>认定规则编号。</translation>
    </message>
    <message>
        <source>Rule-set JSON file.</source>
        <translation>认定规则 JSON 文件。</translation>
    </message>
    <message>
        <source>expected: rules update ID FILE</source>
        <translation>应为：rules update 编号 文件</translation>
    </message>
</context>
<context>
    <name>RulesValidateCommand</name>
    <message>
        <source>Check a rule-set JSON file; every problem is named with its JSON path.</source>
        <translation>检查认定规则 JSON 文件；每个问题都注明其 JSON 路径。</translation>
    </message>
    <message>
        <source>Rule-set JSON file.</source>
        <translation>认定规则 JSON 文件。</translation>
    </message>
    <message>
        <source>expected: rules validate FILE</source>
        <translation>应为：rules validate 文件</translation>
    </message>
    <message numerus="yes">
        <source>The rule set is valid: %n criteria, %1 test case(s).</source>
        <translation>
            <numerusform>认定规则有效：%n 项认定标准，%1 个测试用例。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>the store is at schema version %1, not %2: its triggers cannot be compared</source>
        <translation>存储的结构版本为 %1，不是 %2：无法比对其触发器</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <translation>%1 %2 缺失</translation>
    </message>
    <message>
        <source>%1 %2 differs from the one the migrations created</source>
        <translation>%1 %2 与迁移所建的不一致</translation>
    </message>
    <message>
        <source>%1 %2 is not part of the schema</source>
        <translation>%1 %2 不属于本结构</translation>
    </message>
    <message>
        <source>the schema of %1 could not be compared with the migrations&apos; (%2: %3)</source>
        <translation>无法将 %1 的数据库结构与迁移所建的结构比较（%2：%3）</translation>
    </message>
</context>
<context>
    <name>SectorReport</name>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知的行业领域“%1”</translation>
    </message>
    <message>
        <source>the year must be from %1 to %2</source>
        <translation>年度应为%1年至%2年</translation>
    </message>
    <message>
        <source>the report names the department as its author: set its Chinese name in Department settings, or with: departments set own --name-zh T</source>
        <translation>报告以本部门名义报送：请在“部门设置”中填写部门中文名称，或使用：departments set own --name-zh T</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsRepository</name>
    <message>
        <source>classification: a marking is required, e.g. %1</source>
        <translation>密级标识：必须填写，例如“%1”</translation>
    </message>
    <message>
        <source>lock_minutes: 0 (never) to %1 minutes</source>
        <translation>锁定时间：0（从不）至 %1 分钟</translation>
    </message>
</context>
<context>
    <name>SetIndicatorCommand</name>
    <message>
        <source>Set a system&apos;s reported indicator value.</source>
        <translation>设置系统报送的指标值。</translation>
    </message>
    <message>
        <source>System id.</source>
        <translation>系统编号。</translation>
    </message>
    <message>
        <source>Indicator key (see &apos;indicators list&apos;).</source>
        <translation>指标键（参见 indicators list）。</translation>
    </message>
    <message>
        <source>The value.</source>
        <translation>数值。</translation>
    </message>
    <message>
        <source>Date reported, YYYY-MM-DD (default today).</source>
        <translation>报送日期，YYYY-MM-DD（默认为今天）。</translation>
    </message>
    <message>
        <source>expected SYSTEM KEY VALUE</source>
        <translation>应为 SYSTEM KEY VALUE</translation>
    </message>
    <message>
        <source>SYSTEM must be an id, not &apos;%1&apos;</source>
        <translation>SYSTEM 必须是编号，而不是“%1”</translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD</source>
        <translation>--date 的格式为 YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>StagedDocument</name>
    <message>
        <source>the document was issued but could not be put in place as %1; it is at %2</source>
        <translation>文件已签发，但无法放置为 %1；它位于 %2</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>the address contains a password: leave it out, and put it in the file PGPASSFILE names (~/.pgpass) or type it when asked</source>
        <translation>地址中含有密码：请去掉密码，改为写入 PGPASSFILE 所指的文件（~/.pgpass），或在询问时输入</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 不是 PostgreSQL 地址：请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>%1: the host&apos;s closing &apos;]&apos; is missing</source>
        <translation>%1：主机地址缺少右方括号“]”</translation>
    </message>
    <message>
        <source>%1: unknown setting &apos;%2&apos; (known: host, port, user, dbname)</source>
        <translation>%1：未知设置“%2”（可用：host、port、user、dbname）</translation>
    </message>
    <message>
        <source>%1: the port &apos;%2&apos; is not a number from 1 to 65535</source>
        <translation>%1：端口“%2”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 未指明数据库：请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>the audit log of %1 is broken at record %2: %3</source>
        <translation>%1 的审计日志在第 %2 条记录处断裂：%3</translation>
    </message>
    <message>
        <source>%1 exists: a backup never overwrites a file; choose a new name</source>
        <translation>%1 已存在：备份从不覆盖文件；请换一个文件名</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 is the store itself, not a backup of it</source>
        <translation>%1 就是存储本身，不是其备份</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 无法用于恢复：%2</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2: nothing was restored</source>
        <translation>无法将 %1 移至 %2：未恢复任何内容</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: the store was left as it was</source>
        <translation>无法将 %1 复制到 %2：存储保持原样</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>保留的备份数须在 1 到 1000 之间</translation>
    </message>
    <message>
        <source>%1 is an embedded store: restore it by its file</source>
        <translation>%1 是内置数据库：请按其文件恢复</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): nothing was restored.</source>
        <translation>%1 以只读方式打开（%2）：未恢复任何内容。</translation>
    </message>
    <message>
        <source>the store&apos;s contents could not be kept in %1 (%2): nothing was restored</source>
        <translation>无法将数据库现有内容保存到 %1（%2）：未恢复任何内容</translation>
    </message>
    <message>
        <source>%1 was not restored, the store is as it was: %2</source>
        <translation>%1 未能恢复，数据库保持原样：%2</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 is not a CII Workbench store</source>
        <translation>%1 不是关保工作台数据库</translation>
    </message>
    <message>
        <source>making the schema of version %1 failed: %2</source>
        <translation>创建第 %1 版数据库结构失败：%2</translation>
    </message>
    <message>
        <source>%1 only in the source</source>
        <translation>%1 仅存在于源数据库</translation>
    </message>
    <message>
        <source>%1 only in the copy</source>
        <translation>%1 仅存在于副本</translation>
    </message>
    <message>
        <source>the copy&apos;s tables differ from the source&apos;s (%1)</source>
        <translation>副本的表与源数据库不一致（%1）</translation>
    </message>
    <message>
        <source>the copy&apos;s table %1 has no column %2</source>
        <translation>副本的表 %1 没有列 %2</translation>
    </message>
    <message>
        <source>the copy&apos;s table %1 has other columns than the source&apos;s</source>
        <translation>副本的表 %1 的列与源数据库不同</translation>
    </message>
    <message>
        <source>copying the rows of %1 failed: %2</source>
        <translation>复制 %1 的行失败：%2</translation>
    </message>
    <message>
        <source>%1 gave %2 rows of %3 while it was copied</source>
        <translation>复制过程中 %1 只读出 %2 行（应为 %3 行）</translation>
    </message>
    <message>
        <source>the copy of %1 has %2 rows, the source %3</source>
        <translation>%1 的副本有 %2 行，源数据库有 %3 行</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>%1 is a store already: a store is copied only into an empty target; it was left untouched</source>
        <translation>%1 已经是一个数据库：数据库只能复制到空的目标中；未对其作任何改动</translation>
    </message>
    <message>
        <source>the copy at %1 was written but does not open: %2</source>
        <translation>%1 处的副本已写入，但无法打开：%2</translation>
    </message>
    <message>
        <source>the copy at %1 has %2 rows in %3, the source %4</source>
        <translation>%1 处的副本中 %3 有 %2 行，源数据库有 %4 行</translation>
    </message>
    <message>
        <source>the audit log of the copy at %1 is broken at record %2: %3</source>
        <translation>%1 处副本的审计日志在第 %2 条记录处断裂：%3</translation>
    </message>
    <message>
        <source>the audit log of the copy at %1 has %2 records ending in %3, the source&apos;s %4 ending in %5</source>
        <translation>%1 处副本的审计日志有 %2 条记录，末条哈希为 %3；源数据库有 %4 条，末条哈希为 %5</translation>
    </message>
    <message>
        <source>an embedded store is replaced by moving its file, not in place</source>
        <translation>内置数据库通过移动其文件来替换，而不是原地替换</translation>
    </message>
    <message>
        <source>the store&apos;s contents could not be removed (the database user must own them): %1</source>
        <translation>无法删除数据库现有内容（数据库用户必须是这些对象的所有者）：%1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1 is damaged (%2). Nothing was written. Restore it from a backup (cii-workbench-cli restore FILE).</source>
        <translation>%1 已损坏（%2）。未写入任何内容。请从备份恢复（cii-workbench-cli restore 文件）。</translation>
    </message>
    <message>
        <source>The store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>the disk holding %1 is full: nothing was changed. Free some space and try again.</source>
        <translation>%1 所在磁盘已满：未做任何更改。请释放空间后重试。</translation>
    </message>
    <message>
        <source>%1 is locked by another program or workstation that is writing to it: nothing was changed. Try again in a moment.</source>
        <translation>%1 正被其他程序或工作站写入而锁定：未做任何更改。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only): nothing was changed.</source>
        <translation>%1 无法写入（文件或所在文件夹为只读）：未做任何更改。</translation>
    </message>
    <message>
        <source>cannot open %1 (%2): check that the file and its folder exist and can be read.</source>
        <translation>无法打开 %1（%2）：请确认文件及其文件夹存在且可读。</translation>
    </message>
    <message>
        <source>a disk error occurred while using %1 (%2): nothing was changed. Check the disk, then run &apos;cii-workbench-cli check&apos;.</source>
        <translation>使用 %1 时发生磁盘错误（%2）：未做任何更改。请检查磁盘后运行 cii-workbench-cli check。</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing was changed.</source>
        <translation>%1 以只读方式打开：未作任何改动。</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2): check the address, that the server runs and that it lets this workstation in.</source>
        <translation>无法连接 %1（%2）：请检查地址、服务器是否在运行，以及是否允许本工作站接入。</translation>
    </message>
    <message>
        <source>the database user may not do this in %1 (%2): nothing was changed. A read-only role can browse and export only.</source>
        <translation>数据库用户无权在 %1 中执行此操作（%2）：未作任何改动。只读角色只能浏览和导出。</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password was refused. Password for %1 (attempt %2 of %3):</source>
        <extracomment>%1 is a shared store, user@host/database.</extracomment>
        <translation>密码被拒绝。请输入 %1 的密码（第 %2 次，共 %3 次）：</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.
It is kept in memory only, until the program closes.</source>
        <translation>服务器要求输入 %1 的密码。
密码只保存在内存中，直到程序关闭。</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Production / business system</source>
        <translation>生产业务系统</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>the operator is required</source>
        <translation>必须选择运营者</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>必须填写名称</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos; (one of: website, platform, production, other)</source>
        <translation>未知类别“%1”（可取：website、platform、production、other）</translation>
    </message>
    <message>
        <source>the MLPS level must be 1 to 5, not %1</source>
        <translation>等保级别必须是 1 到 5，而不是 %1</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: in-service, planned, retired)</source>
        <translation>未知状态“%1”（可取：in-service、planned、retired）</translation>
    </message>
</context>
<context>
    <name>SystemsAddCommand</name>
    <message>
        <source>Add a system to an operator; prints its id.</source>
        <translation>为运营者添加系统；输出其编号。</translation>
    </message>
    <message>
        <source>Operator id (required).</source>
        <translation>运营者编号（必填）。</translation>
    </message>
    <message>
        <source>Name (required).</source>
        <translation>名称（必填）。</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>描述。</translation>
    </message>
    <message>
        <source>website, platform, production or other.</source>
        <translation>website（网站）、platform（平台）、production（生产业务）或 other（其他）。</translation>
    </message>
    <message>
        <source>MLPS level 1-5.</source>
        <translation>等保级别 1-5。</translation>
    </message>
    <message>
        <source>in-service, planned or retired.</source>
        <translation>in-service（在用）、planned（规划中）或 retired（已停用）。</translation>
    </message>
    <message>
        <source>--operator and --name are required</source>
        <translation>必须提供 --operator 和 --name</translation>
    </message>
</context>
<context>
    <name>SystemsListCommand</name>
    <message>
        <source>List systems with their indicator values.</source>
        <translation>列出系统及其指标值。</translation>
    </message>
    <message>
        <source>Only this operator&apos;s systems (id).</source>
        <translation>只列出该运营者的系统（编号）。</translation>
    </message>
    <message>
        <source>Only this sector (key).</source>
        <translation>只列出该行业领域（键）。</translation>
    </message>
    <message>
        <source>unknown sector &apos;%1&apos;</source>
        <translation>未知行业领域“%1”</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>MLPS</source>
        <translation>等保</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>contains a NUL character (at character %1)</source>
        <translation>含有空字符（第 %1 个字符）</translation>
    </message>
    <message>
        <source>contains the control character %1 at character %2 (only text, tabs and line breaks are accepted)</source>
        <translation>第 %2 个字符是控制字符 %1（只接受文字、制表符和换行）</translation>
    </message>
    <message>
        <source>contains the control character %1 at character %2 (one line of text is expected)</source>
        <translation>第 %2 个字符是控制字符 %1（应为单行文字）</translation>
    </message>
    <message>
        <source>contains the text-direction control %1 at character %2</source>
        <translation>第 %2 个字符是文字方向控制符 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n characters long; at most %1 are accepted</source>
        <translation>
            <numerusform>长 %n 个字符；最多 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>a unified social credit code has 18 characters, this one has %1</source>
        <translation>统一社会信用代码应为 18 位，此代码为 %1 位</translation>
    </message>
    <message>
        <source>the code must be written in upper case</source>
        <translation>代码必须用大写字母书写</translation>
    </message>
    <message>
        <source>character %1 (&apos;%2&apos;) is not allowed (I, O, Z, S and V are never used)</source>
        <translation>第 %1 位字符（“%2”）不允许使用（代码中不使用 I、O、Z、S、V）</translation>
    </message>
    <message>
        <source>characters 3 to 8 are the administrative division code and must be digits</source>
        <translation>第 3 至 8 位是行政区划码，必须是数字</translation>
    </message>
    <message>
        <source>wrong check character: &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>校验码错误：为“%1”，应为“%2”</translation>
    </message>
</context>
<context>
    <name>VerifyAuditCommand</name>
    <message>
        <source>Check the audit log&apos;s hash chain; names the first broken record.</source>
        <translation>校验审计日志的哈希链；指出第一条断裂的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s).</source>
        <translation>
            <numerusform>审计日志完整：共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at record %1: %2</source>
        <translation>审计日志在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Also prove the log still holds this record unchanged: ID:HASH as printed at the foot of a numbered document (the record id and the first hex digits of its hash).</source>
        <translation>同时证明日志仍完好保存该记录：ID:HASH，即编号文件末尾印出的记录编号及其哈希值前若干位十六进制数字。</translation>
    </message>
    <message>
        <source>--anchor takes ID:HASH, e.g. 1234:89abcdef01234567</source>
        <translation>--anchor 的格式为 ID:HASH，例如 1234:89abcdef01234567</translation>
    </message>
    <message>
        <source>Audit log BROKEN: %1</source>
        <translation>审计日志已损坏：%1</translation>
    </message>
    <message>
        <source>Anchor %1: the log holds this record unchanged.</source>
        <translation>锚点 %1：日志完好保存该记录。</translation>
    </message>
    <message>
        <source>Anchor %1: record found but its hash DIFFERS: the log was rewritten.</source>
        <translation>锚点 %1：找到该记录但哈希值不符：日志被改写。</translation>
    </message>
    <message>
        <source>Anchor %1: NO such record: the log was cut off.</source>
        <translation>锚点 %1：没有该记录：日志被截断。</translation>
    </message>
</context>
<context>
    <name>cii::AuditLogPage</name>
    <message>
        <source>&amp;Verify the whole chain</source>
        <translation>校验整条哈希链(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n record(s) checked.</source>
        <translation>
            <numerusform>完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at record %1: %2</source>
        <translation>在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Every change to the store is recorded here with who made it and what changed. Each record is chained to the one before it by a SHA-256 hash, so an edited or deleted record is detected. Every record is listed, newest first; select one to see its full before and after.</source>
        <translation>对数据库的每一次修改都记录在此，包括修改人和修改内容。每条记录通过 SHA-256 哈希与前一条记录相连，任何被篡改或删除的记录都会被发现。此处按从新到旧列出全部记录；选中一条即可查看完整的修改前后内容。</translation>
    </message>
    <message>
        <source>Recompute every record’s SHA-256 hash and report the first record that was edited, removed or reordered</source>
        <translation>重新计算每条记录的 SHA-256 哈希值，并指出第一条被修改、删除或调换顺序的记录</translation>
    </message>
    <message>
        <source>Verifies the audit log’s hash chain (Art. 30). The same check is verify-audit on the command line.</source>
        <translation>校验审计日志的哈希链（第三十条）。命令行中的同一校验为 verify-audit。</translation>
    </message>
    <message>
        <source>Shows only the records whose time, user, action or record contain what you type</source>
        <translation>只显示时间、用户、操作或对象中含有所输入内容的记录</translation>
    </message>
    <message>
        <source>The filter box (Ctrl+F) narrows the list as you type.</source>
        <translation>筛选框（Ctrl+F）随输入即时缩小列表范围。</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>As recorded (JSON)</source>
        <translation>原始记录（JSON）</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): type part of a time, user, action or record</source>
        <translation>筛选（Ctrl+F）：输入时间、用户、操作或记录的任意部分</translation>
    </message>
</context>
<context>
    <name>cii::AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>no record on row %1</source>
        <translation>第 %1 行没有记录</translation>
    </message>
    <message>
        <source>%1 — %2, %3 by %4
%5
Hash: %6</source>
        <translation>%1 — %2，%3，操作人 %4
%5
哈希值：%6</translation>
    </message>
    <message>
        <source>Before (as recorded): %1
After (as recorded): %2</source>
        <translation>修改前（原始记录）：%1
修改后（原始记录）：%2</translation>
    </message>
</context>
<context>
    <name>cii::BackupBox</name>
    <message>
        <source>No automatic backup yet.</source>
        <translation>尚无自动备份。</translation>
    </message>
    <message>
        <source>Newest automatic backup: %1 (%2)</source>
        <translation>最新自动备份：%1（%2）</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A verified copy of the store is made every day while the program runs and before every upgrade; the newest are kept. Backups are readable by you only. Restoring keeps the current store beside the restored one as a dated copy.</source>
        <translation>程序运行期间每天、每次升级之前都会生成经校验的存储副本，并保留最新的若干份。备份仅您本人可读。恢复时，当前存储会以带日期的副本保留在旁。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>保留份数：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>该备份无法用于恢复</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>The backup is intact: %n audit record(s), the newest from %1. Replace the current store with it? Changes made since then are not in the backup; the current store is kept beside it as a dated copy.</source>
        <translation>
            <numerusform>该备份完好：共 %n 条审计记录，最新一条形成于 %1。是否用它替换当前存储？此后所做的更改不在备份中；当前存储将以带日期的副本保留在旁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a verified copy of the store in the backup folder now</source>
        <translation>立即在备份文件夹中做一份经过校验的数据库副本</translation>
    </message>
    <message>
        <source>Replace the store with a verified backup; the replaced store is kept beside it</source>
        <translation>用经过校验的备份替换当前数据库；被替换的数据库保留在其旁边</translation>
    </message>
    <message>
        <source>The backup’s integrity, schema and audit chain are checked before anything is changed.</source>
        <translation>在作任何改动之前，先校验备份的完整性、数据库结构和审计链。</translation>
    </message>
    <message>
        <source>Where backups are kept (default: backups/ beside the store)</source>
        <translation>备份存放位置（默认为数据库旁的 backups/）</translation>
    </message>
    <message>
        <source>How many automatic backups are kept; older ones are removed</source>
        <translation>保留的自动备份份数；更早的备份将被删除</translation>
    </message>
    <message>
        <source>Save the folder and the number of backups kept</source>
        <translation>保存备份文件夹和保留份数</translation>
    </message>
</context>
<context>
    <name>cii::CalendarDayModel</name>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>cii::ComplianceEvidenceDialog</name>
    <message>
        <source>Record compliance evidence</source>
        <translation>登记合规证据</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The date of the evidence: the document, the check, the drill.</source>
        <translation>证据日期：文件、审查或演练的日期。</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营者：</translation>
    </message>
    <message>
        <source>Duty:</source>
        <translation>义务：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Evidence date:</source>
        <translation>证据日期：</translation>
    </message>
    <message>
        <source>In force now:</source>
        <translation>现行记录：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>(number)</source>
        <translation>（数量）</translation>
    </message>
    <message>
        <source>e.g. 1200000 or 1200000.50</source>
        <translation>例如 1200000 或 1200000.50</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>人员姓名</translation>
    </message>
    <message>
        <source>the body&apos;s name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2：%3。</translation>
    </message>
    <message>
        <source> The article sets no period for renewing it; the department may set its own target.</source>
        <extracomment>Appended to the sentence before it (English: with a space in front).</extracomment>
        <translation>该条未规定复查周期；本部门可自行设定工作目标。</translation>
    </message>
    <message>
        <source>nothing on record</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <source>%1 (evidence of %2, recorded %3 by %4)</source>
        <translation>%1（证据日期 %2，%4 于 %3 登记）</translation>
    </message>
    <message>
        <source>No operator operates CII yet: identify and decide first.</source>
        <translation>尚无运营关键信息基础设施的运营者：请先完成认定并作出结论。</translation>
    </message>
</context>
<context>
    <name>cii::ComplianceHistoryModel</name>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>证据日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>cii::ComplianceModel</name>
    <message>
        <source>%1
Unified social credit code: %2
%3 evidenced, %4 missing, %5 overdue</source>
        <translation>%1
统一社会信用代码：%2
已有证据 %3 项，缺失 %4 项，逾期 %5 项</translation>
    </message>
    <message>
        <source>%1 %2: no merger, separation or dissolution is on record</source>
        <translation>%1 %2：没有合并、分立、解散的记录</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>compliance duty that has not arisen</comment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>On record: %1 (evidence of %2)</source>
        <translation>记录内容：%1（证据日期 %2）</translation>
    </message>
    <message>
        <source>Evidence of %1</source>
        <translation>证据日期 %1</translation>
    </message>
    <message>
        <source>Due %1 (the department&apos;s target)</source>
        <translation>期限 %1（本部门工作目标）</translation>
    </message>
    <message>
        <source>Due %1 (legal last day)</source>
        <translation>期限 %1（法定最后一日）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
</context>
<context>
    <name>cii::CompliancePage</name>
    <message>
        <source>No operator operates CII yet: a profile is kept for each operator with a system whose decision in force is CII (Art. 13–21 bind operators of CII).</source>
        <translation>尚无运营关键信息基础设施的运营者：凡有系统现行认定结论为关键信息基础设施的运营者，均建立合规档案（第十三条至第二十一条约束关键信息基础设施运营者）。</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s) of CII: %1 duties missing, %2 overdue. Dates in red are past their due day; a target is the department&apos;s own, not the law&apos;s.</source>
        <translation>
            <numerusform>关键信息基础设施运营者 %n 家：缺失 %1 项，逾期 %2 项。红色日期表示已过期限；标为目标的期限是本部门自定的，并非法定期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an operator to see its profile.</source>
        <translation>选择运营者以查看其合规档案。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): %4 evidenced, %5 missing, %6 overdue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2，%3）：已有证据 %4 项，缺失 %5 项，逾期 %6 项</translation>
    </message>
    <message numerus="yes">
        <source>Records, newest first (%n)</source>
        <translation>
            <numerusform>记录，最新在前（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>A record is never changed or deleted: the newest of a duty is the one in force.</source>
        <translation>记录一经登记不得修改或删除：同一义务以最新记录为准。</translation>
    </message>
    <message>
        <source>%1 %2 is judged from the operator events on the Deadlines page.</source>
        <translation>%1 %2 依据“期限”页面登记的运营者事件判断。</translation>
    </message>
    <message>
        <source>%1 %2 is judged from the annual assessments on the Deadlines page.</source>
        <translation>%1 %2 依据“期限”页面登记的年度评估判断。</translation>
    </message>
    <message>
        <source>Evidence recorded.</source>
        <translation>证据已登记。</translation>
    </message>
    <message>
        <source>Import compliance evidence</source>
        <translation>导入合规证据</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>已导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export compliance evidence</source>
        <translation>导出合规证据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>D&amp;uty:</source>
        <translation>义务(&amp;U)：</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部运营者</translation>
    </message>
    <message>
        <source>With gaps (missing or overdue)</source>
        <translation>存在差距（缺失或逾期）</translation>
    </message>
    <message>
        <source>Any duty</source>
        <translation>任一义务</translation>
    </message>
    <message>
        <source>Show the operators with a duty in this state</source>
        <translation>显示有义务处于此状态的运营者</translation>
    </message>
    <message>
        <source>The duty the state filter looks at</source>
        <translation>状态筛选所针对的义务</translation>
    </message>
    <message>
        <source>&amp;Record evidence…</source>
        <translation>登记证据(&amp;R)…</translation>
    </message>
    <message>
        <source>Record evidence of the selected operator&apos;s duty (the selected column&apos;s); double-click a cell does the same</source>
        <translation>为所选运营者登记所选列义务的证据；双击单元格效果相同</translation>
    </message>
    <message>
        <source>Renewal &amp;periods…</source>
        <translation>复查周期(&amp;P)…</translation>
    </message>
    <message>
        <source>The department&apos;s own periods for renewing background checks and drills (the articles set none)</source>
        <translation>本部门自定的安全背景审查和应急演练复查周期（条例未作规定）</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Columns operator (code or id), duty, value, date; all rows or none</source>
        <translation>列：operator（代码或编号）、duty、value、date；全部行导入或全部不导入</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>The evidence in force, as Import CSV reads it</source>
        <translation>现行有效的证据，格式与导入 CSV 相同</translation>
    </message>
</context>
<context>
    <name>cii::CompliancePeriodsDialog</name>
    <message>
        <source>Renewal periods</source>
        <translation>复查周期</translation>
    </message>
    <message>
        <source>Art. 14 and Art. 15(3) require background checks and regular drills but set no period. A period set here is the department&apos;s own target: evidence older than it is shown as overdue. 0 months: no period.</source>
        <translation>第十四条和第十五条第（三）项要求开展安全背景审查和定期应急演练，但未规定周期。此处设定的周期是本部门的工作目标：证据早于该周期的显示为逾期。0 个月表示不设周期。</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>不设周期</translation>
    </message>
</context>
<context>
    <name>cii::ComplianceProfileModel</name>
    <message>
        <source>%1 (target)</source>
        <translation>%1（目标）</translation>
    </message>
    <message>
        <source>from the deadline records</source>
        <translation>取自期限记录</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>证据日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>记录内容</translation>
    </message>
</context>
<context>
    <name>cii::ConnectionDialog</name>
    <message>
        <source>Open shared store</source>
        <translation>打开共享数据库</translation>
    </message>
    <message>
        <source>A shared store is one PostgreSQL database the department&apos;s workstations work on together. Ask its administrator for the server and your database user.</source>
        <translation>共享数据库是部门各工作站共同使用的一个 PostgreSQL 数据库。服务器地址和您的数据库用户请向其管理员索取。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>server name or address, or a socket folder such as /run/postgresql</source>
        <translation>服务器名称或地址，或套接字目录，例如 /run/postgresql</translation>
    </message>
    <message>
        <source>Empty: the server on this computer, through its default socket.</source>
        <translation>留空：通过默认套接字连接本机上的服务器。</translation>
    </message>
    <message>
        <source>e.g. cii</source>
        <translation>例如 cii</translation>
    </message>
    <message>
        <source>Each regulator connects as their own database user: the audit log records it.</source>
        <translation>每位工作人员以本人的数据库用户连接：审计日志记录该用户。</translation>
    </message>
    <message>
        <source>leave empty to use PGPASSFILE (~/.pgpass)</source>
        <translation>留空则使用 PGPASSFILE（~/.pgpass）</translation>
    </message>
    <message>
        <source>Kept in memory only, until the program closes; never saved.</source>
        <translation>只保存在内存中，直到程序关闭；从不写入磁盘。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Host or socket folder</source>
        <translation>主机或套接字目录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>it is upgraded to schema version %1 when a user who may write opens it</source>
        <translation>由有写入权限的用户打开时将升级到结构版本 %1</translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>you may read and write</source>
        <translation>可以读取和写入</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Connected as %1: a CII Workbench store, schema version %2; %3.</source>
        <extracomment>%1 the database user, %2 the schema version, %3 whether it may write.</extracomment>
        <translation>已以 %1 连接：关保工作台数据库，结构版本 %2；%3。</translation>
    </message>
</context>
<context>
    <name>cii::CriteriaModel</name>
    <message>
        <source>Importance to core business</source>
        <translation>对关键核心业务的重要程度</translation>
    </message>
    <message>
        <source>Harm if destroyed, disabled or leaked</source>
        <translation>遭破坏、丧失功能或数据泄露的危害程度</translation>
    </message>
    <message>
        <source>Impact on other sectors</source>
        <translation>对其他行业领域的关联性影响</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>新的认定标准</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Factor (Art. 9)</source>
        <translation>因素（第九条）</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Wording (Chinese)</source>
        <translation>表述（中文）</translation>
    </message>
    <message>
        <source>Wording (English)</source>
        <translation>表述（英文）</translation>
    </message>
</context>
<context>
    <name>cii::DashboardPage</name>
    <message>
        <source>Operators</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Indicator values reported</source>
        <translation>已报送的指标值</translation>
    </message>
    <message>
        <source>Systems by sector and category</source>
        <translation>各行业领域、各类别的系统数量</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Deadlines overdue</source>
        <translation>已逾期事项</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>未认定</translation>
    </message>
    <message>
        <source>CII by sector: decision in force, else the newest result</source>
        <translation>各行业领域认定情况：以现行决定为准，未决定的按最新结果</translation>
    </message>
    <message>
        <source>Inspections per month in %1, by lead department</source>
        <translation>%1 年各月检查数量（按牵头部门）</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查检测</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <source>Open incidents by grade</source>
        <translation>未结网络安全事件（按级别）</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未结事件</translation>
    </message>
    <message>
        <source>Operators of CII with a gap, by duty</source>
        <translation>责任落实缺项的运营者（按义务）</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Enforcement cases by step</source>
        <translation>执法案件（按环节）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Onward reports due (30 min)</source>
        <translation>待上报事件（30 分钟时限）</translation>
    </message>
    <message>
        <source>Incidents, compliance, enforcement</source>
        <translation>事件、责任落实与执法</translation>
    </message>
</context>
<context>
    <name>cii::DeadlineFactDialog</name>
    <message>
        <source>Operator:</source>
        <translation>运营者：</translation>
    </message>
    <message>
        <source>Change report (Art. 11)</source>
        <translation>变化报告（第十一条）</translation>
    </message>
    <message>
        <source>Systems affected:</source>
        <translation>受影响的系统：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Annual risk assessment (Art. 17)</source>
        <translation>年度风险评估（第十七条）</translation>
    </message>
    <message>
        <source>CII system:</source>
        <translation>关键信息基础设施：</translation>
    </message>
    <message>
        <source>Year assessed:</source>
        <translation>评估年度：</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>发现问题：</translation>
    </message>
    <message>
        <source>Operator event (Art. 18, 21)</source>
        <translation>运营者事件（第十八条、第二十一条）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Happened on:</source>
        <translation>发生日期：</translation>
    </message>
    <message>
        <source>Follow-up due:</source>
        <translation>跟进期限：</translation>
    </message>
    <message>
        <source>Rectification:</source>
        <translation>整改情况：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>No system is identified as CII yet.</source>
        <translation>尚无认定为关键信息基础设施的系统。</translation>
    </message>
</context>
<context>
    <name>cii::DeadlineModel</name>
    <message>
        <source>Done on %1</source>
        <translation>于 %1 完成</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>%1 (no calendar)</source>
        <translation>%1（无日历）</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1（%2后）</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <extracomment>A deadline the department set itself, not one the law fixes.</extracomment>
        <translation>%1（目标期限）</translation>
    </message>
    <message>
        <source>Read as: the three months cover the re-identification decision and both notifications, to the operator and to the MPS. The item is done when the later notification is recorded.</source>
        <translation>本工具的理解：三个月内须完成重新认定，并通知运营者、通报公安部；两项通知中较晚的一项登记后，本项即完成。</translation>
    </message>
    <message>
        <source>The law fixes no date here: this is the department&apos;s own target, not a legal deadline.</source>
        <translation>法律未规定具体日期：这是本部门自定的目标期限，不是法定期限。</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一日</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>The holiday calendar has no arrangement for %1, so only weekends are taken as rest days. Import that year&apos;s arrangement on the Settings page when the State Council publishes it.</source>
        <translation>节假日日历中没有 %1 年的安排，因此仅将周末视为休息日。国务院公布该年安排后，请在“设置”页导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>迟 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>已超时 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cii::DeadlinesPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>即将到期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown of %1</source>
        <translation>
            <numerusform>显示 %n 项，共 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业领域</translation>
    </message>
    <message>
        <source>Change report…</source>
        <translation>变化报告…</translation>
    </message>
    <message>
        <source>An operator reported a major change (Art. 11): re-identification is due within three months.</source>
        <translation>运营者报告了重大变化（第十一条）：须在三个月内完成重新认定。</translation>
    </message>
    <message>
        <source>Assessment report…</source>
        <translation>评估报告…</translation>
    </message>
    <message>
        <source>Operator event…</source>
        <translation>运营者事件…</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>跟进办结…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>跟进办结</translation>
    </message>
    <message>
        <source>Choose an open operator-event follow-up first.</source>
        <translation>请先选择一项未办结的运营者事件跟进。</translation>
    </message>
    <message>
        <source>Completed on (YYYY-MM-DD):</source>
        <translation>办结日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>导出期限清单</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;CSV (*.csv)</source>
        <translation>日历 (*.ics);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 项至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Records an operator’s Art. 11 report. It is done when every affected system has a decided case made on or after the day of receipt and both the operator and the MPS were notified.</source>
        <translation>登记运营者依第十一条提交的报告。受影响的每个系统都有收到报告当日或之后作出并已决定的认定记录，且已通知运营者并通报公安部，即为完成。</translation>
    </message>
    <message>
        <source>Record an operator’s annual security testing and risk assessment report (Art. 17)</source>
        <translation>登记运营者的年度网络安全检测和风险评估报告（第十七条）</translation>
    </message>
    <message>
        <source>Record an incident or threat (Art. 18), or a merger, separation or dissolution (Art. 21), with its follow-up date</source>
        <translation>登记网络安全事件或威胁（第十八条），或者合并、分立、解散（第二十一条），并设定跟进期限</translation>
    </message>
    <message>
        <source>Close the selected operator event’s follow-up</source>
        <translation>办结所选运营者事件的跟进</translation>
    </message>
    <message>
        <source>Write the list as an iCalendar file (.ics) or CSV</source>
        <translation>将清单导出为 iCalendar 文件（.ics）或 CSV</translation>
    </message>
    <message>
        <source>Show only one kind of deadline</source>
        <translation>只显示某一类期限</translation>
    </message>
    <message>
        <source>Show only items with this status</source>
        <translation>只显示该状态的事项</translation>
    </message>
    <message>
        <source>Show only one sector</source>
        <translation>只显示某一行业领域</translation>
    </message>
    <message>
        <source>Shows only the items that contain what you type</source>
        <translation>只显示含有所输入内容的事项</translation>
    </message>
    <message>
        <source>Each item has its due date and its legal last day after the statutory holiday calendar (Civil Code Art. 203); status is judged against the last day.</source>
        <translation>每个事项都有期限和按法定节假日日历推算的法定最后一日（民法典第二百零三条）；状态以最后一日为准判断。</translation>
    </message>
    <message>
        <source>Open enforcement case…</source>
        <translation>立执法案件…</translation>
    </message>
</context>
<context>
    <name>cii::DecideDialog</name>
    <message>
        <source>Override with:</source>
        <translation>改判为：</translation>
    </message>
    <message>
        <source>Decide case %1</source>
        <translation>决定认定 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Engine result: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;引擎结论：%2</translation>
    </message>
    <message>
        <source>Confirm the engine&apos;s result</source>
        <translation>确认引擎结论</translation>
    </message>
    <message>
        <source>Insufficient data cannot be confirmed: complete the values and identify again, or override with a reason.</source>
        <translation>“数据不足”不能确认：请补全数据后重新认定，或说明理由后改判。</translation>
    </message>
    <message>
        <source>Reason (required to override):</source>
        <translation>理由（改判时必填）：</translation>
    </message>
    <message>
        <source>Why the department decides differently from the rules</source>
        <translation>本部门作出与规则结论不同决定的理由</translation>
    </message>
    <message>
        <source>An override needs a reason; it is kept with the decision and shown in the notices.</source>
        <translation>改判必须说明理由；理由随决定保存，并写入通知。</translation>
    </message>
</context>
<context>
    <name>cii::DepartmentDialog</name>
    <message>
        <source>Department settings</source>
        <translation>本部门设置</translation>
    </message>
    <message>
        <source>Every numbered document (identification notices, inspection notices, filing letters) bears these; none is issued until they are complete.</source>
        <translation>每份编号文书（认定结果通知、检查检测通知、备案函）都载明以下信息；信息填写完整前不印发任何编号文书。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>none set: unlocking asks for the user name</source>
        <translation>未设置：解锁时需输入用户名</translation>
    </message>
    <message>
        <source>set; type a new one to change it</source>
        <translation>已设置；输入新口令即可更改</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>空闲后锁定</translation>
    </message>
    <message>
        <source>Unlock passphrase</source>
        <translation>解锁口令</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>负责的行业领域</translation>
    </message>
    <message>
        <source>Document-number prefix</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>The stored values are shown; make your change again and save.</source>
        <translation>现显示存储中的值；请再次修改后保存。</translation>
    </message>
</context>
<context>
    <name>cii::DepartmentForm</name>
    <message>
        <source>The key is required: it names the department in files and on the command line, e.g. %1.</source>
        <translation>请填写标识：它在文件和命令行中代表该部门，例如 %1。</translation>
    </message>
    <message>
        <source>The key “%1” is not valid: use 2 to %2 lower-case letters, digits or hyphens, beginning with a letter.</source>
        <translation>标识“%1”无效：应为 2 至 %2 个小写字母、数字或连字符，并以字母开头。</translation>
    </message>
    <message>
        <source>A department with the key “%1” exists already.</source>
        <translation>标识为“%1”的部门已存在。</translation>
    </message>
    <message>
        <source>The Chinese name is required.</source>
        <translation>请填写中文名称。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A field&apos;s name and what is wrong with its value.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Sectors it protects:</source>
        <translation>负责的行业领域：</translation>
    </message>
    <message>
        <source>Document-number prefix:</source>
        <translation>发文字号前缀：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Contact telephone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>The name printed at the head of the department&apos;s documents.</source>
        <translation>印在本部门文书版头的发文机关名称。</translation>
    </message>
    <message>
        <source>The prefix of the department&apos;s document numbers (发文字号), before the year and the number.</source>
        <translation>本部门发文字号中年份和序号之前的机关代字。</translation>
    </message>
    <message>
        <source>Whom operators call about the department&apos;s documents; printed on each of them.</source>
        <translation>运营者就本部门文书联系的人员，印在每份文书上。</translation>
    </message>
    <message>
        <source>Numbers will read like %1 once a prefix is set.</source>
        <translation>设置前缀后，文号形如 %1。</translation>
    </message>
    <message>
        <source>Document numbers will read: %1</source>
        <translation>文号示例：%1</translation>
    </message>
    <message>
        <source>Document numbers will read: %1
in English documents: %2</source>
        <extracomment>%1 the Chinese form of a document number, %2 its English form.</extracomment>
        <translation>文号示例：%1
英文文书中：%2</translation>
    </message>
    <message>
        <source>Numbered documents still need %1.</source>
        <translation>编号文书尚缺：%1。</translation>
    </message>
</context>
<context>
    <name>cii::DepartmentTableModel</name>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Document prefix</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>cii::DocumentIssueDialog</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation>通知保存文件夹</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Department settings…</source>
        <translation>本部门设置…</translation>
    </message>
    <message>
        <source>Issue and save</source>
        <translation>签发并保存</translation>
    </message>
    <message>
        <source>No notice can be numbered until the department&apos;s settings have %1.</source>
        <translation>本部门设置补充%1之前，不能为通知编号。</translation>
    </message>
</context>
<context>
    <name>cii::DocumentSettingsForm</name>
    <message>
        <source>The classification marking is required, e.g. %1.</source>
        <translation>请填写密级标识，例如 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Classification marking:</source>
        <translation>密级标识：</translation>
    </message>
    <message>
        <source>Printed at the top left of every document and export, as GB/T 9704 places the marking.</source>
        <translation>按 GB/T 9704 的位置印在每份文书和导出文件的左上角。</translation>
    </message>
    <message>
        <source>Chinese body font:</source>
        <translation>中文正文字体：</translation>
    </message>
    <message>
        <source>The font of the body text of official documents: FangSong, size 3 (3号 仿宋) in GB/T 9704; titles and headings keep their own.</source>
        <translation>公文正文所用字体（GB/T 9704 规定为 3号仿宋）；标题和层次标题字体不变。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1 (not installed here)</source>
        <translation>%1（本机未安装）</translation>
    </message>
</context>
<context>
    <name>cii::EditConflictDialog</name>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方版本</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>以我的版本覆盖</translation>
    </message>
    <message>
        <source>Edit again</source>
        <translation>重新编辑</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>已在另一工作站修改</translation>
    </message>
    <message>
        <source>This record was changed by %1 at %2 after you opened it. Nothing of yours was saved yet. The fields that differ are highlighted.</source>
        <translation>您打开此记录后，%1 于 %2 修改了它。您的修改尚未保存。不同的字段已突出显示。</translation>
    </message>
    <message>
        <source>This record was changed by another client after you opened it. Nothing of yours was saved yet. The fields that differ are highlighted.</source>
        <translation>您打开此记录后，另一工作站修改了它。您的修改尚未保存。不同的字段已突出显示。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Now in the store
(changed by %1 at %2)</source>
        <translation>存储中的当前版本
（%1 于 %2 修改）</translation>
    </message>
    <message>
        <source>Now in the store
(changed by another client)</source>
        <translation>存储中的当前版本
（另一工作站修改）</translation>
    </message>
    <message>
        <source>Discard your changes and show the stored record.</source>
        <translation>放弃您的修改，显示存储中的记录。</translation>
    </message>
    <message>
        <source>Save your version over the one now in the store (recorded in the audit log).</source>
        <translation>以您的版本覆盖存储中的当前版本（记入审计日志）。</translation>
    </message>
    <message>
        <source>Back to the editor, filled with the stored values.</source>
        <translation>返回编辑，填入存储中的值。</translation>
    </message>
</context>
<context>
    <name>cii::EnforcementCaseModel</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一期限</translation>
    </message>
</context>
<context>
    <name>cii::EnforcementPage</name>
    <message>
        <source>Rectification (the day ordered)</source>
        <translation>改正期限（责令确定之日）</translation>
    </message>
    <message>
        <source>Hearing request (5 working days)</source>
        <translation>听证申请（五个工作日）</translation>
    </message>
    <message>
        <source>Administrative reconsideration (60 days)</source>
        <translation>行政复议（六十日）</translation>
    </message>
    <message>
        <source>Administrative litigation (6 months)</source>
        <translation>行政诉讼（六个月）</translation>
    </message>
    <message>
        <source>Enforcement (Art. 39–42)</source>
        <translation>执法案件（第三十九条至第四十二条）</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>立案…</translation>
    </message>
    <message>
        <source>Order to rectify…</source>
        <translation>责令改正…</translation>
    </message>
    <message>
        <source>Record check…</source>
        <translation>记录复查…</translation>
    </message>
    <message>
        <source>Advance notice…</source>
        <translation>事先告知…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>处罚决定…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Open an enforcement case against an operator</source>
        <translation>对运营者立执法案件</translation>
    </message>
    <message>
        <source>No case selected. Open a case for an operator whose finding, incident or deadline calls for enforcement.</source>
        <translation>未选择案件。运营者的发现问题、网络安全事件或期限事项需要执法处理的，请立案。</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation>立案日期 %1</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>事实：</translation>
    </message>
    <message>
        <source>Person directly in charge:</source>
        <translation>直接负责的主管人员：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>程序步骤</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>尚无。</translation>
    </message>
    <message>
        <source>rectify by %1; warning given</source>
        <translation>限 %1 前改正；给予警告</translation>
    </message>
    <message>
        <source>rectify by %1</source>
        <translation>限 %1 前改正</translation>
    </message>
    <message>
        <source>rectified; harm to cybersecurity followed</source>
        <translation>已改正；导致危害网络安全等后果</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已改正</translation>
    </message>
    <message>
        <source>not rectified</source>
        <translation>未改正</translation>
    </message>
    <message>
        <source>operator %1 yuan, person %2 yuan</source>
        <translation>运营者%1元，个人%2元</translation>
    </message>
    <message>
        <source>; hearing held %1</source>
        <translation>；%1 举行听证</translation>
    </message>
    <message>
        <source>no document issued</source>
        <translation>未制作文书</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>the department&apos;s date</source>
        <translation>本部门确定的期限</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1 届满</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未届满</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>nothing; the case is closed</source>
        <translation>无；案件已结案</translation>
    </message>
    <message>
        <source>Enforcement case %1 opened</source>
        <translation>执法案件 %1 已立案</translation>
    </message>
    <message>
        <source>%1 saved to %2</source>
        <translation>%1 已保存至 %2</translation>
    </message>
    <message>
        <source>Case %1: %2 recorded</source>
        <translation>案件 %1：已记录%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cii::EnforcementRecordDialog</name>
    <message>
        <source>Check of the rectification</source>
        <translation>整改复查</translation>
    </message>
    <message>
        <source>Close enforcement case</source>
        <translation>执法案件结案</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>责令：</translation>
    </message>
    <message>
        <source>to rectify by %1</source>
        <translation>限 %1 前改正</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已改正</translation>
    </message>
    <message>
        <source>Not rectified (refused)</source>
        <translation>未改正（拒不改正）</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>复查结果：</translation>
    </message>
    <message>
        <source>The violation caused harm to cybersecurity</source>
        <translation>违法行为导致危害网络安全等后果</translation>
    </message>
    <message>
        <source>What the check found (optional)</source>
        <translation>复查情况（可选）</translation>
    </message>
    <message>
        <source>Why the case is closed</source>
        <translation>结案理由</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>记录复查</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>cii::EnforcementStepDialog</name>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Order to rectify</source>
        <translation>责令改正</translation>
    </message>
    <message>
        <source>Advance notice of administrative penalty</source>
        <translation>行政处罚事先告知</translation>
    </message>
    <message>
        <source>Administrative penalty decision</source>
        <translation>行政处罚决定</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Rectify by:</source>
        <translation>改正期限：</translation>
    </message>
    <message>
        <source>Fine on the operator:</source>
        <translation>对运营者罚款：</translation>
    </message>
    <message>
        <source>Fine on %1:</source>
        <translation>对%1罚款：</translation>
    </message>
    <message>
        <source>Range: %1; person directly in charge: %2</source>
        <translation>幅度：%1；直接负责的主管人员：%2</translation>
    </message>
    <message>
        <source>A hearing was held</source>
        <translation>已举行听证</translation>
    </message>
    <message>
        <source>Hearing on:</source>
        <translation>听证日期：</translation>
    </message>
    <message>
        <source>The party&apos;s statement and how it was weighed</source>
        <translation>当事人陈述、申辩意见及采纳情况</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The documents of %1 are not available here.</source>
        <translation>此处无法制作%1的文书。</translation>
    </message>
    <message>
        <source>The step is recorded and its document numbered and saved. The operator may request a hearing until %1.</source>
        <translation>将记录该步骤，并对文书编号和保存。当事人可在 %1 前要求听证。</translation>
    </message>
    <message>
        <source>The step is recorded and its document numbered and saved.</source>
        <translation>将记录该步骤，并对文书编号和保存。</translation>
    </message>
</context>
<context>
    <name>cii::FileRuleSetDialog</name>
    <message>
        <source>File rules with the Ministry of Public Security</source>
        <translation>报公安部备案</translation>
    </message>
    <message>
        <source>Record the filing of version %1. Once filed, this version can never change; later edits start a new version.</source>
        <translation>登记第 %1 版的备案。备案后此版本永远不能修改；以后的修改将形成新版本。</translation>
    </message>
    <message>
        <source>e.g. 公网安备〔2026〕3号</source>
        <translation>例如：公网安备〔2026〕3号</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Filing date</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>File with the MPS</source>
        <extracomment>The verb: records the (irreversible) filing with the MPS — 备案, never 文件.</extracomment>
        <translation>报公安部备案</translation>
    </message>
</context>
<context>
    <name>cii::FilingDocumentDialog</name>
    <message>
        <source>Filing document</source>
        <translation>备案文件</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ODT (LibreOffice / WPS / Word)</source>
        <translation>ODT（LibreOffice / WPS / Word）</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Issuing department (Chinese)</source>
        <translation>发文部门（中文）</translation>
    </message>
    <message>
        <source>Issuing department (English)</source>
        <translation>发文部门（英文）</translation>
    </message>
</context>
<context>
    <name>cii::FilterableTable</name>
    <message>
        <source>Filter (Ctrl+F): type any part of a name, code or region</source>
        <translation>筛选（Ctrl+F）：输入名称、代码或地区的任意部分</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>cii::FirstRunAssistant</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>The department settings were saved, but the demonstration data was not: %1</source>
        <translation>部门设置已保存，但演示数据未能写入：%1</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Set up CII Workbench</source>
        <translation>设置关保工作台</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Welcome to CII Workbench</source>
        <translation>欢迎使用关保工作台</translation>
    </message>
    <message>
        <source>The workstation of a protection work department</source>
        <translation>保护工作部门的工作平台</translation>
    </message>
    <message>
        <source>&lt;p&gt;CII Workbench supports a protection work department&apos;s duties under the Critical Information Infrastructure Security Protection Regulations (State Council Decree 745): the sector&apos;s identification rules (Art. 9), identifying CII and notifying operators and the Ministry of Public Security (Art. 10), re-identification and other deadlines (Art. 11, 17, 18), and inspections coordinated with the other departments (Art. 26–28).&lt;/p&gt;&lt;p&gt;It works offline on one store per department; every change is recorded in an audit log that anyone can verify.&lt;/p&gt;&lt;p&gt;The next pages set up your department: its name and document numbers, how its documents are printed and where backups go. All of it can be changed later under Settings ▸ Our department.&lt;/p&gt;</source>
        <translation>&lt;p&gt;关保工作台支持保护工作部门履行《关键信息基础设施安全保护条例》（国务院令第745号）规定的职责：制定本行业、本领域的认定规则（第九条），认定关键信息基础设施并通知运营者、通报国务院公安部门（第十条），重新认定等期限管理（第十一条、第十七条、第十八条），以及与其他部门协调开展检查检测（第二十六条至第二十八条）。&lt;/p&gt;&lt;p&gt;本软件离线运行，每个部门一个数据库；每项变更均记入任何人都可验证的审计日志。&lt;/p&gt;&lt;p&gt;接下来的几页用于设置本部门：名称和发文字号、文书的印制方式以及备份位置。以上内容今后均可在“设置 ▸ 本部门”中修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Your department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>Every numbered document bears these: notices are issued only once the Chinese name, the document-number prefix and a contact are set.</source>
        <translation>每份编号文书都载有以下信息：中文名称、发文字号前缀和联系人设置齐全后，方可印发通知书。</translation>
    </message>
    <message>
        <source>Documents and backups</source>
        <translation>文书与备份</translation>
    </message>
    <message>
        <source>How official documents are printed, and where the daily verified backups go.</source>
        <translation>公文的印制方式，以及每日经校验的备份存放位置。</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message numerus="yes">
        <source>A verified copy of the store is made there every day while the program runs, and before each upgrade; the newest %n are kept.</source>
        <translation>
            <numerusform>程序运行期间每天以及每次升级前，都会在该处生成一份经校验的数据库副本；保留最新的 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish saves your choices (recorded in the audit log).</source>
        <translation>点击“完成”保存以上设置（记入审计日志）。</translation>
    </message>
    <message>
        <source>The store is empty. You can look around with demonstration data first, or start with your own operators and systems.</source>
        <translation>数据库目前为空。可以先用演示数据熟悉软件，也可以直接录入本部门的运营者和系统。</translation>
    </message>
    <message>
        <source>Fill the store with demonstration data (60 operators, 400 systems, rules, an identification run)</source>
        <translation>填入演示数据（60 个运营者、400 个系统、认定规则和一次认定）</translation>
    </message>
    <message>
        <source>Start with an empty store</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <source>The store already holds operators: it is left as it is.</source>
        <translation>数据库中已有运营者，保持原样。</translation>
    </message>
    <message>
        <source>Does your department keep its records in a shared store on a PostgreSQL server? Connect to it instead of setting up this workstation&apos;s own store.</source>
        <translation>本部门是否已在 PostgreSQL 服务器上使用共享数据库？如是，请直接连接，无需设置本工作站自己的数据库。</translation>
    </message>
    <message>
        <source>Open &amp;shared store…</source>
        <translation>打开共享数据库(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>cii::GradingCriteriaDialog</name>
    <message>
        <source>Grading criteria</source>
        <translation>分级标准</translation>
    </message>
    <message>
        <source>The grading guide of the 2025 Reporting Measures. A figure the reference could not confirm (未核实) ships disabled and never counts until the department checks it against the official text, enters it and ticks Counts. Double-click a comparison or a figure to edit it; every saved change is recorded in the audit log. “Or above” (以上) includes the number (≥).</source>
        <translation>2025年《报告管理办法》附件《网络安全事件分级指南》。参考资料未能核实的数值（未核实）出厂时停用，在本部门对照官方原文核对、填入数值并勾选“参与定级”之前不参与定级。双击比较方式或数值即可编辑；每次保存的修改都记入审计日志。“以上”包括本数（≥）。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria count</source>
        <translation>
            <numerusform>%n 项标准参与定级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled, not confirmed</source>
        <translation>
            <numerusform>%n 项未核实、已停用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited, not saved</source>
        <translation>
            <numerusform>%n 项已修改、未保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>cii::GradingCriteriaModel</name>
    <message>
        <source>≥ at or above (以上)</source>
        <translation>≥ 以上（含本数）</translation>
    </message>
    <message>
        <source>&gt; more than (超过)</source>
        <translation>&gt; 超过（不含本数）</translation>
    </message>
    <message>
        <source>asserted</source>
        <translation>经认定</translation>
    </message>
    <message>
        <source>The reference could not confirm this figure (未核实): it counts only once the department has checked it, entered it and enabled it.</source>
        <translation>参考资料未能核实该数值（未核实）：须经本部门核对、填入并启用后才参与定级。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>参与定级</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>判别条件</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>参与定级</translation>
    </message>
</context>
<context>
    <name>cii::GradingDialog</name>
    <message>
        <source>Grade incident %1</source>
        <translation>事件 %1 定级</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未认定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Durations in hours (0.5 = 30 minutes). Leave a figure empty when it is not known: it is then missing, not zero.</source>
        <translation>时长以小时计（0.5 即30分钟）。数值不明的请留空：留空视为缺失，而不是零。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Facts&lt;/b&gt;</source>
        <translation>&lt;b&gt;事实&lt;/b&gt;</translation>
    </message>
    <message>
        <source>As proposed</source>
        <translation>采纳建议级别</translation>
    </message>
    <message>
        <source>Required when the grade differs from the proposal</source>
        <translation>级别与建议级别不同时必填</translation>
    </message>
    <message>
        <source>Department&apos;s grade:</source>
        <translation>本部门认定级别：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Record grade</source>
        <translation>记录级别</translation>
    </message>
    <message>
        <source>Proposed grade:</source>
        <translation>建议级别：</translation>
    </message>
    <message>
        <source>The grade differs from the proposal (%1): say why.</source>
        <translation>所定级别与建议级别（%1）不同：请说明理由。</translation>
    </message>
</context>
<context>
    <name>cii::HelpWindow</name>
    <message>
        <source>CII Workbench user guide — %1</source>
        <translation>关保工作台用户指南 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 个页面</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>返回上一页（%1）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>前进（%1）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The first page of the guide</source>
        <translation>指南的第一页</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>在指南中搜索</translation>
    </message>
    <message>
        <source>Pages without the words are hidden from the contents; Enter goes to the next place they occur</source>
        <translation>目录中隐藏不含所搜词语的页面；按回车键跳到下一处出现的位置</translation>
    </message>
</context>
<context>
    <name>cii::IdentificationPage</name>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n 个系统</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identified</source>
        <translation>
            <numerusform>已认定 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a decision</source>
        <translation>
            <numerusform>%n 个待决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the decision</source>
        <translation>
            <numerusform>%n 个结果与决定不同</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>Run the filed rules of each system&apos;s sector and store a new case per system; earlier cases are kept.</source>
        <translation>按各系统所属行业领域已备案的规则进行认定，每个系统保存一项新认定；以往认定均保留。</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>决定…</translation>
    </message>
    <message>
        <source>Issue notices…</source>
        <translation>签发通知…</translation>
    </message>
    <message>
        <source>Record notification…</source>
        <translation>登记通知日期…</translation>
    </message>
    <message>
        <source>All sectors with filed rules</source>
        <translation>所有已备案规则的行业领域</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>行业领域：%1</translation>
    </message>
    <message>
        <source>Selected systems</source>
        <translation>选中的系统</translation>
    </message>
    <message>
        <source>Systems shown by the filter</source>
        <translation>筛选显示的系统</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>全部系统</translation>
    </message>
    <message>
        <source>CII</source>
        <translation>关键信息基础设施</translation>
    </message>
    <message>
        <source>Not CII</source>
        <translation>不认定</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Changed since the decision</source>
        <translation>结果与决定不同</translation>
    </message>
    <message>
        <source>No system is selected or shown.</source>
        <translation>没有选中或显示任何系统。</translation>
    </message>
    <message numerus="yes">
        <source>Identified %n system(s): </source>
        <translation>
            <numerusform>已认定 %n 个系统：</numerusform>
        </translation>
    </message>
    <message>
        <source>CII %1, not CII %2, insufficient data %3</source>
        <translation>关键信息基础设施 %1 项，不认定 %2 项，数据不足 %3 项</translation>
    </message>
    <message>
        <source>Identifying systems…</source>
        <translation>正在认定系统…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>the run did not finish</source>
        <translation>认定未完成</translation>
    </message>
    <message>
        <source>Choose a system to read why its result came out as it did.</source>
        <translation>选择一个系统，查看其认定结论的依据。</translation>
    </message>
    <message>
        <source>choose an identified system</source>
        <translation>请选择已认定的系统</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>决定</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n notice(s): %1</source>
        <translation>
            <numerusform>已保存 %n 份通知：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>登记通知日期</translation>
    </message>
    <message>
        <source>CII below MLPS level 3</source>
        <translation>关键信息基础设施且等保低于三级</translation>
    </message>
    <message>
        <source>Art. 10: each system in the scope is evaluated under its sector’s filed rule set in the background and gets a new case with the values used, the outcome and the full trace. A cancelled run stores nothing.</source>
        <translation>第十条：范围内的每个系统在后台依其所属行业领域已备案的认定规则进行评估，并生成一条新的认定记录，包括所用数值、结论和完整的判定过程。取消的认定不保存任何内容。</translation>
    </message>
    <message>
        <source>Which systems Identify evaluates: every sector with filed rules, one sector, the selected rows or the rows the filter shows</source>
        <translation>“认定”评估哪些系统：所有已备案规则的行业领域、某一行业领域、选中的行或筛选显示的行</translation>
    </message>
    <message>
        <source>Narrow the list by result or decision</source>
        <translation>按结论或决定缩小列表范围</translation>
    </message>
    <message>
        <source>Confirm the engine’s result or override it; an override needs a reason</source>
        <translation>确认引擎结论或改判；改判须填写理由</translation>
    </message>
    <message>
        <source>The decision is recorded with who made it and when; an override’s reason is printed in the notices. Insufficient data cannot be confirmed.</source>
        <translation>决定连同决定人和时间一并记录；改判理由印入通知书。数据不足的结论不能确认。</translation>
    </message>
    <message>
        <source>Number and write the notices of the selected decided cases: to each operator, or one notification to the MPS (PDF or ODT)</source>
        <translation>为所选已决定的认定记录编号并生成通知：致各运营者的通知书，或致公安部的一份通报（PDF 或 ODT）</translation>
    </message>
    <message>
        <source>Art. 10: the result is notified to the operator and to the Ministry of Public Security. Notices are numbered per department and year, e.g. 某网安〔2026〕12号.</source>
        <translation>第十条：认定结果通知运营者，并通报公安部。通知按部门、按年度编号，例如 某网安〔2026〕12号。</translation>
    </message>
    <message>
        <source>Record the day the operator or the MPS was notified</source>
        <translation>登记通知运营者或通报公安部的日期</translation>
    </message>
    <message>
        <source>Shows only the systems whose name, or whose operator’s code, names or region, contain what you type</source>
        <translation>只显示系统名称或其运营者的代码、名称、地区中含有所输入内容的系统</translation>
    </message>
    <message>
        <source>The filter box (Ctrl+F) narrows the list as you type; “Systems shown by the filter” identifies exactly these.</source>
        <translation>筛选框（Ctrl+F）随输入即时缩小列表范围；范围选“筛选显示的系统”时，认定的正是这些系统。</translation>
    </message>
    <message>
        <source>Why the selected system’s result came out as it did: which factor decided it and every criterion with the value, the condition and met, not met or missing.</source>
        <translation>所选系统得出该结论的依据：起决定作用的因素，以及每项认定标准的数值、条件和符合、不符合或缺少数据。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有变化</translation>
    </message>
</context>
<context>
    <name>cii::ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Detect (UTF-8 or GBK)</source>
        <translation>自动识别（UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file. Its first row names the columns, as an export from this application writes them.</source>
        <translation>请选择 CSV 文件。第一行为列名，与本软件导出的格式相同。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import. Nothing is written until you click Import.</source>
        <translation>
            <numerusform>%n 行可以导入。点击“导入”之前不会写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing will be imported until the file is corrected:</source>
        <translation>
            <numerusform>发现 %n 处问题。文件改正之前不会导入任何内容：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Column in the file: %1</source>
        <translation>文件中的列名：%1</translation>
    </message>
</context>
<context>
    <name>cii::IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>What happened, what is affected, what the operator has done so far</source>
        <translation>事件经过、受影响范围、运营者已采取的措施</translation>
    </message>
    <message>
        <source>e.g. the data centre or the city where it happened</source>
        <translation>例如发生事件的数据中心或城市</translation>
    </message>
    <message>
        <source>who reported it, e.g. the operator&apos;s duty officer</source>
        <translation>报告人，例如运营者值班人员</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>已知：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营者：</translation>
    </message>
    <message>
        <source>Affected systems:</source>
        <translation>受影响的系统：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>经过：</translation>
    </message>
    <message>
        <source>Occurred (China time):</source>
        <translation>发生时间（北京时间）：</translation>
    </message>
    <message>
        <source>Discovered by the operator:</source>
        <translation>运营者发现时间：</translation>
    </message>
    <message>
        <source>Received by us:</source>
        <translation>本部门接报时间：</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>报告人：</translation>
    </message>
    <message>
        <source>Times are China time (UTC+8), to the minute. The operator reports within 1 hour of discovery; a major or especially major incident goes on to the CAC and the MPS within 30 minutes of receipt (Reporting Measures Art. 4).</source>
        <translation>时间为北京时间（UTC+8），精确到分钟。运营者应在发现后1小时内报告；重大、特别重大事件，本部门应在接报后30分钟内向国家网信部门和公安部报告（《报告管理办法》第四条）。</translation>
    </message>
    <message>
        <source>The department cannot receive the report before the operator discovered the incident.</source>
        <translation>接报时间不能早于运营者发现事件的时间。</translation>
    </message>
    <message>
        <source>The incident cannot be discovered before it occurred.</source>
        <translation>发现时间不能早于事件发生时间。</translation>
    </message>
    <message>
        <source>Received %1 min after discovery: the operator&apos;s report is late (more than 1 hour, Reporting Measures Art. 4). This is recorded.</source>
        <translation>发现后 %1 分钟接报：运营者迟报（超过1小时，《报告管理办法》第四条），将予以记录。</translation>
    </message>
</context>
<context>
    <name>cii::IncidentReportDialog</name>
    <message>
        <source>Report on incident %1</source>
        <translation>事件 %1 的报告</translation>
    </message>
    <message>
        <source>Report to the CAC and the MPS (Art. 4)</source>
        <translation>向国家网信部门和公安部报告（第四条）</translation>
    </message>
    <message>
        <source>Follow-up report (Art. 7)</source>
        <translation>补报（第七条）</translation>
    </message>
    <message>
        <source>Summary report (Art. 8)</source>
        <translation>处置总结报告（第八条）</translation>
    </message>
    <message>
        <source>What is new since the last report</source>
        <translation>上次报告以来的新情况</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>New since the last report:</source>
        <translation>新情况：</translation>
    </message>
    <message>
        <source>The report is written from what is recorded of the incident, and its issue is recorded in the timeline. Recording it as sent ends its clock.</source>
        <translation>报告依据已登记的事件情况生成，制发情况记入时间线。登记为已报送后，其时限即告结束。</translation>
    </message>
</context>
<context>
    <name>cii::IncidentTableModel</name>
    <message>
        <source>Onward report overdue since %1</source>
        <translation>转报已于 %1 逾期</translation>
    </message>
    <message>
        <source>Onward report due %1</source>
        <translation>转报截止 %1</translation>
    </message>
    <message>
        <source>No report required</source>
        <translation>无需报告</translation>
    </message>
    <message>
        <source>All reports made</source>
        <translation>报告均已报送</translation>
    </message>
    <message>
        <source>Summary report within 30 days of %1</source>
        <translation>%1 起30日内报送总结报告</translation>
    </message>
    <message>
        <source>Follow-up expected %1</source>
        <translation>要求 %1 前补报</translation>
    </message>
    <message>
        <source>Summary report after handling</source>
        <translation>处置结束后报送总结报告</translation>
    </message>
    <message>
        <source>Received %1 min after discovery: more than 1 hour (Reporting Measures Art. 4)</source>
        <translation>发现后 %1 分钟接报：超过1小时（《报告管理办法》第四条）</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（迟报）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <source>Next clock</source>
        <translation>下一时限</translation>
    </message>
</context>
<context>
    <name>cii::IncidentsPage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not closed</source>
        <translation>
            <numerusform>%n 起未结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n onward report(s) due</source>
        <translation>
            <numerusform>%n 份转报待报送</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an incident to see its times, grading and reports. New incident… records one an operator reports.</source>
        <translation>选择一起事件，查看其时间、定级和报告。“新建事件…”用于登记运营者报告的事件。</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>新建事件…</translation>
    </message>
    <message>
        <source>Record an incident an operator reports: operator, systems, type, place, and the times it occurred, was discovered and was received</source>
        <translation>登记运营者报告的事件：运营者、系统、类型、地点，以及发生、发现和接报时间</translation>
    </message>
    <message>
        <source>Art. 18: the operator reports a major incident to the protection work department. The times are kept to the minute in China time; the clocks of the Reporting Measures start from them.</source>
        <translation>条例第十八条：运营者向保护工作部门报告重大网络安全事件。时间按北京时间精确到分钟记录，《报告管理办法》规定的各项时限由此起算。</translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation>定级…</translation>
    </message>
    <message>
        <source>Enter the facts; the grading guide proposes a grade with its trace, and the department accepts it or sets another with a reason</source>
        <translation>填写事实，按分级指南得出建议级别及其依据；本部门可采纳，也可说明理由另定级别</translation>
    </message>
    <message>
        <source>Record report…</source>
        <translation>登记报告…</translation>
    </message>
    <message>
        <source>Record a report received or sent, with its time: the onward report sent to the CAC and the MPS ends its 30-minute clock</source>
        <translation>登记收到或报送的报告及其时间：向国家网信部门和公安部的报告登记为已报送后，其30分钟时限即告结束</translation>
    </message>
    <message>
        <source>Issue report…</source>
        <translation>制发报告…</translation>
    </message>
    <message>
        <source>Write the report document to the CAC and the MPS, a follow-up or the summary report (PDF or ODT) from what is recorded</source>
        <translation>依据已登记的情况，生成向国家网信部门和公安部的报告、补报或处置总结报告（PDF 或 ODT）</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结束处置…</translation>
    </message>
    <message>
        <source>Handling has ended: the 30 days of the summary report start (Reporting Measures Art. 8)</source>
        <translation>处置工作已结束：处置总结报告的30日期限开始计算（《报告管理办法》第八条）</translation>
    </message>
    <message>
        <source>Grading criteria…</source>
        <translation>分级标准…</translation>
    </message>
    <message>
        <source>The grading guide&apos;s criteria with their sources; confirm or edit the figures the reference could not confirm</source>
        <translation>分级指南的判别条件及其来源；核实或修改参考资料未能核实的数值</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Narrow the register by status or grade</source>
        <translation>按状态或级别筛选事件</translation>
    </message>
    <message>
        <source>The selected incident: its times in China time, the reports due, the proposed grade with the criterion that decided it, the department&apos;s grade and every report in the timeline.</source>
        <translation>所选事件：北京时间的各项时间、应报事项、建议级别及决定该级别的判别条件、本部门认定的级别，以及时间线中的每份报告。</translation>
    </message>
    <message>
        <source>Shows only the incidents that contain what you type</source>
        <translation>只显示包含所输入内容的事件</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>Onward report due</source>
        <translation>待转报</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>Incident %1 recorded.</source>
        <translation>已登记事件 %1。</translation>
    </message>
    <message>
        <source>Incident %1 graded %2.</source>
        <translation>事件 %1 已定为%2。</translation>
    </message>
    <message>
        <source>%1 recorded for incident %2.</source>
        <translation>已为事件 %2 登记%1。</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存至 %1</translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation>结束事件 %1 的处置</translation>
    </message>
    <message>
        <source>Handling ended (China time):</source>
        <translation>处置结束时间（北京时间）：</translation>
    </message>
    <message>
        <source>The summary report is due within 30 days after handling ended (Reporting Measures Art. 8).</source>
        <translation>处置工作结束后30日内应报送处置总结报告（《报告管理办法》第八条）。</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>结束事件处置</translation>
    </message>
    <message>
        <source>Incident %1 closed.</source>
        <translation>事件 %1 已结束处置。</translation>
    </message>
</context>
<context>
    <name>cii::IndicatorValueModel</name>
    <message>
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Enter the value first, then the date it was reported.</source>
        <translation>请先填写数值，再填写报送日期。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
</context>
<context>
    <name>cii::InspectionDialog</name>
    <message>
        <source>Plan an inspection</source>
        <translation>计划检查</translation>
    </message>
    <message>
        <source>Merge into a joint inspection</source>
        <translation>合并为联合检查</translation>
    </message>
    <message>
        <source>Inspection %1: %2, %3 to %4</source>
        <translation>检查 %1：%2，%3 至 %4</translation>
    </message>
    <message>
        <source>Merging:</source>
        <translation>合并：</translation>
    </message>
    <message>
        <source>Lead department:</source>
        <translation>牵头部门：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Participants and scope are the union of the originals; the originals are kept and linked to the joint inspection.</source>
        <translation>参与部门和检查范围取各原检查的并集；原检查保留并关联到联合检查。</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营者：</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参与部门：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Systems in scope:</source>
        <translation>检查范围内的系统：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>检查组：</translation>
    </message>
</context>
<context>
    <name>cii::InspectionModel</name>
    <message>
        <source>Overlap</source>
        <translation>时间重叠</translation>
    </message>
    <message>
        <source>Too close</source>
        <translation>间隔过近</translation>
    </message>
    <message>
        <source>Same systems, same quarter</source>
        <translation>同季度检查相同系统</translation>
    </message>
    <message>
        <source>Overlaps inspection %1 (%2)</source>
        <translation>与检查 %1（%2）时间重叠</translation>
    </message>
    <message numerus="yes">
        <source>Only %n free day(s) from inspection %1 (%2)</source>
        <translation>
            <numerusform>与检查 %1（%2）仅间隔 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers the same systems as inspection %1 in the same quarter (%2)</source>
        <translation>与检查 %1（%2）同季度检查相同系统</translation>
    </message>
    <message>
        <source> (joint)</source>
        <translation>（联合）</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>已并入 %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>cii::InspectionNoticeDialog</name>
    <message>
        <source>Notice to operator</source>
        <translation>致运营者通知</translation>
    </message>
    <message>
        <source>The notice will be numbered and saved.</source>
        <translation>将为该通知编号并保存。</translation>
    </message>
</context>
<context>
    <name>cii::InspectionsPage</name>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 项检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) between departments&apos; plans</source>
        <translation>
            <numerusform>各部门计划间有 %n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan inspection…</source>
        <translation>计划检查…</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>导入计划…</translation>
    </message>
    <message>
        <source>Another department&apos;s inspections from CSV or .ics, so conflicts across departments show</source>
        <translation>从 CSV 或 .ics 导入其他部门的检查，以显示跨部门冲突</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Merge into joint inspection…</source>
        <translation>合并为联合检查…</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>设置状态…</translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <source>Mark fixed</source>
        <translation>标记已整改</translation>
    </message>
    <message>
        <source>Minimum gap (days):</source>
        <translation>最少间隔（天）：</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Joint inspection %1 created.</source>
        <translation>已创建联合检查 %1。</translation>
    </message>
    <message>
        <source>Import inspections</source>
        <translation>导入检查</translation>
    </message>
    <message>
        <source>Plans (*.csv *.ics);;All files (*)</source>
        <translation>计划 (*.csv *.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inspection(s).</source>
        <translation>
            <numerusform>已导入 %n 项检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export inspections</source>
        <translation>导出检查</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;CSV (*.csv)</source>
        <translation>日历 (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Rectify by (YYYY-MM-DD):</source>
        <translation>整改期限（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Notice to operator…</source>
        <translation>致运营者通知…</translation>
    </message>
    <message>
        <source>Notice %1 saved to %2</source>
        <translation>通知 %1 已保存至 %2</translation>
    </message>
    <message>
        <source>The numbered notice of an inspection we lead (PDF): content, method, dates, team, contact, the Art. 27 assurances and, for a penetration test, the Art. 31 authorisation</source>
        <translation>本部门牵头检查的编号通知（PDF）：内容、方式、时间、人员、联系人、第二十七条的承诺，渗透性测试另附第三十一条授权</translation>
    </message>
    <message>
        <source>counting conflicts…</source>
        <translation>正在统计冲突…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into joint inspection</source>
        <translation>合并为联合检查</translation>
    </message>
    <message>
        <source>Record an inspection, ours or another department’s: operator, lead and participants, kind, dates, systems, team</source>
        <translation>登记本部门或其他部门的检查：运营者、牵头部门和参与部门、类型、日期、系统、检查组</translation>
    </message>
    <message>
        <source>Write the plan as an iCalendar file (.ics) or CSV, which Import plan reads back</source>
        <translation>将计划导出为 iCalendar 文件（.ics）或 CSV，可用“导入计划”读回</translation>
    </message>
    <message>
        <source>Make one joint inspection of the selected or conflicting inspections; the originals are kept</source>
        <translation>将所选或相互冲突的检查合并为一次联合检查；原检查保留</translation>
    </message>
    <message>
        <source>Art. 27: departments coordinate so as to avoid unnecessary and duplicated inspections. You choose the lead and the window; participants and scope are the union.</source>
        <translation>第二十七条：有关部门加强协同配合，避免不必要的检查和交叉重复检查。由您选择牵头部门和时间窗口；参与部门和检查范围取并集。</translation>
    </message>
    <message>
        <source>Set the selected inspection’s status</source>
        <translation>设置所选检查的状态</translation>
    </message>
    <message>
        <source>Record what the inspection found, with a severity and a rectification deadline</source>
        <translation>登记检查发现的问题，包括严重程度和整改期限</translation>
    </message>
    <message>
        <source>Record the selected finding as rectified</source>
        <translation>将所选问题登记为已整改</translation>
    </message>
    <message>
        <source>Two inspections of one operator with fewer free days between them than this conflict</source>
        <translation>同一运营者的两次检查之间的空闲天数少于此数的，视为冲突</translation>
    </message>
    <message>
        <source>Conflicts are detected as the plan changes: windows that overlap, gaps shorter than this, or the same systems in one quarter. Conflicting rows and calendar days are red.</source>
        <translation>计划变化时即时检测冲突：时间窗口重叠、间隔短于此数，或同一季度内检查相同的系统。冲突的行和日历日期显示为红色。</translation>
    </message>
    <message>
        <source>Shows only the inspections that contain what you type</source>
        <translation>只显示含有所输入内容的检查</translation>
    </message>
    <message>
        <source>The filter box (Ctrl+F) narrows the list as you type.</source>
        <translation>筛选框（Ctrl+F）随输入即时缩小列表范围。</translation>
    </message>
    <message>
        <source>The month’s inspections: blue days have inspections, red days have conflicts; hover over a day for the list.</source>
        <translation>本月的检查：蓝色日期有检查，红色日期有冲突；指针停留在某日可查看清单。</translation>
    </message>
</context>
<context>
    <name>cii::LockScreen</name>
    <message>
        <source>That is not the user name of this session.</source>
        <translation>这不是当前会话的用户名。</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The workstation was idle. Type your user name to unlock.</source>
        <translation>工作站空闲已锁定。请输入用户名解锁。</translation>
    </message>
    <message>
        <source>The workstation was idle. Type the department&apos;s passphrase to unlock.</source>
        <translation>工作站空闲已锁定。请输入本部门口令解锁。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>cii::MainWindow</name>
    <message>
        <source>CII Workbench</source>
        <translation>关保工作台</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>认定规则</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查检测</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;operators from CSV…</source>
        <translation>从 CSV 导入运营者(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;systems from CSV…</source>
        <translation>从 CSV 导入系统(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export operators to CSV…</source>
        <translation>导出运营者到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport systems to CSV…</source>
        <translation>导出系统到 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CII Workbench</source>
        <translation>关于关保工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>CII Workbench stores (*.sqlite *.db);;All files (*)</source>
        <translation>关保工作台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>About CII Workbench</source>
        <translation>关于关保工作台</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) overdue.</source>
        <translation>
            <numerusform>有 %n 项期限已逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Department settings…</source>
        <translation>本部门设置(&amp;D)…</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <extracomment>The store can be read but not changed; %1 says why.</extracomment>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Nothing can be changed in this store; reading, printing and exporting work.</source>
        <translation>此存储不能做任何更改；可以查阅、打印和导出。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The store was restored from %1.</source>
        <translation>已从 %1 恢复存储。</translation>
    </message>
    <message>
        <source>The store was restored from %1. The store it replaced is kept as %2.</source>
        <translation>已从 %1 恢复存储。被替换的存储保留为 %2。</translation>
    </message>
    <message>
        <source>Daily backup made.</source>
        <translation>已完成每日备份。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CII Workbench %1&lt;/h3&gt;&lt;p&gt;A workstation for protection work departments under the Critical Information Infrastructure Security Protection Regulations: identification rules, identification and notices, deadlines and inspections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;关保工作台 %1&lt;/h3&gt;&lt;p&gt;供保护工作部门依据《关键信息基础设施安全保护条例》开展工作的工作站：认定规则、认定与通知、时限和检查检测。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Follows:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the Critical Information Infrastructure Security Protection Regulations (State Council Decree 745, 2021);&lt;/li&gt;&lt;li&gt;GB/T 9704-2012, the layout of official documents;&lt;/li&gt;&lt;li&gt;the thresholds of the 2016 national CII determination guide (the rules template);&lt;/li&gt;&lt;li&gt;the National Cybersecurity Incident Reporting Measures (2025);&lt;/li&gt;&lt;li&gt;the Civil Code&apos;s rules on periods (Art. 200–204);&lt;/li&gt;&lt;li&gt;the State Council&apos;s notices of the statutory holiday arrangements.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Works offline: the program makes no network connections, except to the department&apos;s own PostgreSQL server when a shared store is open. Every change is recorded in a hash-chained audit log.&lt;/p&gt;&lt;p&gt;Store: %1&lt;/p&gt;</source>
        <extracomment>%1 is the store&apos;s file path.</extracomment>
        <translation>&lt;p&gt;许可证：GNU 通用公共许可证第3版或更新版本（GPL-3.0-or-later）。&lt;/p&gt;&lt;p&gt;遵循：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;《关键信息基础设施安全保护条例》（国务院令第745号，2021年）；&lt;/li&gt;&lt;li&gt;GB/T 9704-2012《党政机关公文格式》；&lt;/li&gt;&lt;li&gt;2016年国家关键信息基础设施确定指南的阈值（认定规则模板）；&lt;/li&gt;&lt;li&gt;《国家网络安全事件报告管理办法》（2025年）；&lt;/li&gt;&lt;li&gt;《中华人民共和国民法典》关于期间计算的规定（第二百条至第二百零四条）；&lt;/li&gt;&lt;li&gt;国务院办公厅关于节假日安排的通知。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;离线工作：除打开共享数据库时连接本部门自己的 PostgreSQL 服务器外，本程序不进行任何网络连接。每一项变更都记入以哈希链相连的审计日志。&lt;/p&gt;&lt;p&gt;数据库：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报告已生成：%1</translation>
    </message>
    <message>
        <source>Sector &amp;report…</source>
        <translation>行业领域年度报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>网络安全事件</translation>
    </message>
    <message>
        <source>Open s&amp;hared store…</source>
        <translation>打开共享数据库(&amp;H)…</translation>
    </message>
    <message>
        <source>Shared store: %1</source>
        <extracomment>%1 names a shared PostgreSQL store: user@host/database.</extracomment>
        <translation>共享数据库：%1</translation>
    </message>
    <message>
        <source>Updated: another workstation changed the store</source>
        <translation>已更新：另一工作站修改了存储</translation>
    </message>
</context>
<context>
    <name>cii::NoticeDialog</name>
    <message>
        <source>Issue notices</source>
        <translation>签发通知</translation>
    </message>
    <message>
        <source>Operators (one notice each)</source>
        <translation>运营者（每个运营者一份通知书）</translation>
    </message>
    <message>
        <source>Ministry of Public Security (one notification)</source>
        <translation>公安部（一份通报）</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>发往：</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) will be numbered and saved; the preview shows the first.</source>
        <translation>
            <numerusform>将编号并保存 %n 份通知；预览显示第一份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reissue under a new number (replaces the notice already issued)</source>
        <translation>重新编号印发（替代已印发的通知）</translation>
    </message>
    <message>
        <source>Reason for the reissue (printed and recorded)</source>
        <translation>重新印发的原因（印在通知上并记录）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>cii::NotificationDialog</name>
    <message>
        <source>Record notification</source>
        <translation>登记通知日期</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Ministry of Public Security</source>
        <translation>公安部</translation>
    </message>
    <message>
        <source>Notified:</source>
        <translation>通知对象：</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>cii::OnwardReportBanner</name>
    <message>
        <source>Open incident</source>
        <translation>打开事件</translation>
    </message>
    <message>
        <source>Show the incident on the Incidents page, where the onward report is issued and recorded as sent</source>
        <translation>在网络安全事件页面显示该事件，可在该页制发转报并登记为已报送</translation>
    </message>
    <message>
        <source>Reporting Measures Art. 4: an incident graded major or especially major is reported to the CAC and the MPS within 30 minutes of receipt. The banner stays on every page until the report is recorded as sent; it turns red in the last 10 minutes.</source>
        <translation>《报告管理办法》第四条：重大、特别重大网络安全事件，应在接报后30分钟内向国家网信部门和公安部报告。报告登记为已报送之前，横幅一直显示在每个页面上；最后10分钟变为红色。</translation>
    </message>
</context>
<context>
    <name>cii::OnwardReportTray</name>
    <message>
        <source>CII Workbench: onward report due</source>
        <translation>关保工作台：转报待报送</translation>
    </message>
    <message>
        <source>Onward report due to the CAC and the MPS</source>
        <translation>须向国家网信部门和公安部报告</translation>
    </message>
    <message numerus="yes">
        <source>Onward report: %n minute(s) left</source>
        <translation>
            <numerusform>转报：剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Onward report overdue</source>
        <translation>转报已逾期</translation>
    </message>
</context>
<context>
    <name>cii::OpenEnforcementCaseDialog</name>
    <message>
        <source>Open enforcement case</source>
        <translation>立执法案件</translation>
    </message>
    <message>
        <source>What was found, when and where</source>
        <translation>查明的事实、时间和地点</translation>
    </message>
    <message>
        <source>Name and post (optional)</source>
        <translation>姓名和职务（可选）</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营者：</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Purchase amount:</source>
        <translation>采购金额：</translation>
    </message>
    <message>
        <source>Facts found:</source>
        <translation>查明的事实：</translation>
    </message>
    <message>
        <source>Person directly in charge:</source>
        <translation>直接负责的主管人员：</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>立案日期：</translation>
    </message>
    <message>
        <source>Evidence (the operator&apos;s findings and overdue deadline items):</source>
        <translation>证据（该运营者的发现问题和已逾期的期限事项）：</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>No findings or overdue deadline items of this operator</source>
        <translation>该运营者没有发现问题或已逾期的期限事项</translation>
    </message>
</context>
<context>
    <name>cii::OperatorDialog</name>
    <message>
        <source>Edit operator</source>
        <translation>编辑运营者</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加运营者</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 位，例如 91350100M000100Y43</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>The stored values are shown; make your change again and save.</source>
        <translation>现显示存储中的值；请再次修改后保存。</translation>
    </message>
</context>
<context>
    <name>cii::OperatorTableModel</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
</context>
<context>
    <name>cii::OperatorsPage</name>
    <message>
        <source>&amp;Add operator…</source>
        <translation>添加运营者(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业领域</translation>
    </message>
    <message>
        <source>Operator added.</source>
        <translation>已添加运营者。</translation>
    </message>
    <message>
        <source>Operator saved.</source>
        <translation>运营者已保存。</translation>
    </message>
    <message>
        <source>Delete operator</source>
        <translation>删除运营者</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? The audit log keeps a record of it.</source>
        <translation>删除 %1（%2）？审计日志会保留其记录。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Edit operator</source>
        <translation>编辑运营者</translation>
    </message>
    <message>
        <source>Register an operator: its unified social credit code is checked as you type</source>
        <translation>登记运营者：统一社会信用代码随输入即时检查</translation>
    </message>
    <message>
        <source>Edit the selected operator (or double-click its row)</source>
        <translation>编辑所选运营者（或双击该行）</translation>
    </message>
    <message>
        <source>Delete the selected operator; the audit log keeps a record of it</source>
        <translation>删除所选运营者；审计日志会保留其记录</translation>
    </message>
    <message>
        <source>Import operators from a CSV file: every row is checked first, and all are written or none</source>
        <translation>从 CSV 文件导入运营者：先逐行检查，要么全部写入，要么全不写入</translation>
    </message>
    <message>
        <source>Reads UTF-8, UTF-8 with BOM or GBK. Every problem is listed as “row N, column NAME: reason”; Import is enabled only when every row is good.</source>
        <translation>可读取 UTF-8、带 BOM 的 UTF-8 或 GBK 编码。每个问题列为“row N, column NAME: 原因”；只有全部行都无误时“导入”才可用。</translation>
    </message>
    <message>
        <source>Export the operators to a CSV file (readable by you only, with the classification marking)</source>
        <translation>将运营者导出为 CSV 文件（仅您本人可读，带密级标识）</translation>
    </message>
    <message>
        <source>Show only the operators of one sector</source>
        <translation>只显示某一行业领域的运营者</translation>
    </message>
    <message>
        <source>Shows only the rows that contain what you type: code, names, region, contact or sector</source>
        <translation>只显示代码、名称、地区、联系人或行业领域中含有所输入内容的行</translation>
    </message>
    <message>
        <source>The filter box (Ctrl+F) narrows the list as you type; the count beside it says how many rows are shown.</source>
        <translation>筛选框（Ctrl+F）随输入即时缩小列表范围；旁边的计数显示当前显示的行数。</translation>
    </message>
</context>
<context>
    <name>cii::OtherDepartmentDialog</name>
    <message>
        <source>Add a department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Edit a department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>A department that inspects CII operators besides this one. Its key names it in files and on the command line and cannot change once added.</source>
        <translation>本部门以外对运营者开展检查检测的部门。标识在文件和命令行中代表该部门，添加后不能更改。</translation>
    </message>
</context>
<context>
    <name>cii::OtherDepartmentsPanel</name>
    <message>
        <source>The other bodies that inspect CII operators (Art. 28): they lead or join inspections, and conflicts are judged across all of them. Add one here; double-click a row to edit it.</source>
        <translation>对运营者开展检查检测的其他部门（第二十八条）：它们牵头或参与检查，冲突在所有部门之间判断。可在此添加部门；双击一行可编辑。</translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation>添加部门…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Department %1 added.</source>
        <translation>已添加部门 %1。</translation>
    </message>
    <message>
        <source>Department %1 saved.</source>
        <translation>部门 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>cii::OwnDepartmentPanel</name>
    <message>
        <source>Every numbered document (identification notices, inspection notices, filing letters) bears these; none is issued until the Chinese name, the prefix and a contact are set.</source>
        <translation>每份编号文书（认定结果通知书、检查检测通知书、备案函）都载有以下信息；中文名称、发文字号前缀和联系人设置齐全前，不印发任何编号文书。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>&amp;Save department</source>
        <translation>保存部门设置(&amp;S)</translation>
    </message>
    <message>
        <source>Department settings saved.</source>
        <translation>部门设置已保存。</translation>
    </message>
</context>
<context>
    <name>cii::RegistryPage</name>
    <message>
        <source>Operators</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>cii::ReportRecordDialog</name>
    <message>
        <source>Record a report of incident %1</source>
        <translation>登记事件 %1 的报告</translation>
    </message>
    <message>
        <source>from or to whom, e.g. the CAC duty office</source>
        <translation>报告方或接收方，例如国家网信办值班室</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>When (China time):</source>
        <translation>时间（北京时间）：</translation>
    </message>
    <message>
        <source>From / to:</source>
        <translation>报告方/接收方：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Recording the report to the CAC and the MPS as sent ends its 30-minute clock; the summary report as sent ends its 30 days.</source>
        <translation>向国家网信部门和公安部的报告登记为已报送后，其30分钟时限即告结束；处置总结报告登记为已报送后，其30日期限即告结束。</translation>
    </message>
</context>
<context>
    <name>cii::RuleSetEditor</name>
    <message>
        <source>Choose a rule set on the left, or start one from the national template.</source>
        <translation>请在左侧选择认定规则，或从国家指南模板新建。</translation>
    </message>
    <message>
        <source>Version %1 is %2 (filed on %3 as %4) and can never change. Use &quot;New version&quot; to start a draft from it.</source>
        <translation>第 %1 版的状态为“%2”（%3 备案，备案编号 %4），永远不能修改。如需修改，请用“新建版本”从它开始一个草稿。</translation>
    </message>
    <message>
        <source>Version %1, %2. Changes are checked and the test cases run as you edit; save with Ctrl+S.</source>
        <translation>第 %1 版，%2。编辑时即时检查并运行测试用例；按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>The expression is valid.</source>
        <translation>表达式有效。</translation>
    </message>
    <message>
        <source>CII when: %1</source>
        <translation>认定为关键信息基础设施的条件：%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation>且</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>not </source>
        <translation>非</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test case(s) pass</source>
        <translation>
            <numerusform>%n 个测试用例中 %1 个通过</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cases (%1/%2)</source>
        <translation>测试用例（%1/%2）</translation>
    </message>
    <message>
        <source>Rule set saved.</source>
        <translation>认定规则已保存。</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>第 %1 版（%2）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>In that version</source>
        <translation>该版本中</translation>
    </message>
    <message>
        <source>In this version</source>
        <translation>本版本中</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定逻辑</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>History and comparison</source>
        <translation>历史版本与比较</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>添加认定标准</translation>
    </message>
    <message>
        <source>Under “%1”</source>
        <translation>归入“%1”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>met when any one of its criteria is met</source>
        <translation>符合其任一项标准即满足</translation>
    </message>
    <message>
        <source>met when all of its criteria are met</source>
        <translation>符合其全部标准才满足</translation>
    </message>
    <message>
        <source>met when at least this many are met:</source>
        <translation>至少符合以下数量的标准才满足：</translation>
    </message>
    <message>
        <source>Decision expression over the factors (core, harm, cross_sector) and criterion IDs, with and, or, not and parentheses:</source>
        <translation>判定表达式，可使用因素（core、harm、cross_sector）和认定标准编号，以及 and、or、not 和括号：</translation>
    </message>
    <message>
        <source>Problems that would stop filing:</source>
        <translation>妨碍备案的问题：</translation>
    </message>
    <message>
        <source>Add test case</source>
        <translation>添加测试用例</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Editor&apos;s notes (Chinese): sources of the thresholds, caveats. Kept with the rules; never printed in the filing documents.</source>
        <translation>编辑说明（中文）：阈值来源、注意事项。随规则保存，不印入备案文件。</translation>
    </message>
    <message>
        <source>Editor&apos;s notes (English)</source>
        <translation>编辑说明（英文）</translation>
    </message>
    <message>
        <source>Add a criterion under one of the three Art. 9 factors</source>
        <translation>在第九条三项因素之一下添加认定标准</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>删除所选认定标准</translation>
    </message>
    <message>
        <source>Move the selected criterion up</source>
        <translation>将所选认定标准上移</translation>
    </message>
    <message>
        <source>Move the selected criterion down</source>
        <translation>将所选认定标准下移</translation>
    </message>
    <message>
        <source>Combine the factors (core, harm, cross_sector) and criterion IDs with and, or, not and parentheses</source>
        <translation>用 and、or、not 和括号组合各因素（core、harm、cross_sector）和标准编号</translation>
    </message>
    <message>
        <source>The decision expression: when is a system CII? It is checked as you type; an error names its position, and the logic is shown in words below.</source>
        <translation>判定表达式：系统在什么情况下认定为关键信息基础设施。随输入即时检查，出错时指明位置，下方以文字说明判定逻辑。</translation>
    </message>
    <message>
        <source>Add a test case: indicator values and the expected outcome, run again on every edit</source>
        <translation>添加测试用例：指标值和预期结论，每次编辑后重新运行</translation>
    </message>
    <message>
        <source>Test cases run live on every edit; the tab title shows how many pass. Filing is refused while any fails.</source>
        <translation>测试用例在每次编辑后即时运行；标签标题显示通过数。有任何用例未通过时不能备案。</translation>
    </message>
    <message>
        <source>Remove the selected test case</source>
        <translation>删除所选测试用例</translation>
    </message>
    <message>
        <source>Compare this version with another version of the sector, criterion by criterion</source>
        <translation>将本版本与本行业领域的其他版本逐项比较</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>Drop the unsaved changes</source>
        <translation>放弃尚未保存的修改</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) fail; filing is refused until every test passes:</source>
        <translation>
            <numerusform>有 %n 个测试用例未通过；全部通过之前不予备案：</numerusform>
        </translation>
    </message>
    <message>
        <source>  test “%1”: expected %2, the rules give %3</source>
        <translation>  测试用例“%1”：预期为%2，规则得出%3</translation>
    </message>
    <message>
        <source>None: the rules can be filed.</source>
        <translation>无：规则可以报送备案。</translation>
    </message>
    <message>
        <source>Rule set saved over the version changed meanwhile.</source>
        <translation>认定规则已保存，覆盖了期间在别处修改的版本。</translation>
    </message>
    <message>
        <source>Your changes were discarded; the stored version is shown.</source>
        <translation>已放弃您的修改，现显示存储中的版本。</translation>
    </message>
    <message>
        <source>The stored values are shown; make your change again and save.</source>
        <translation>现显示存储中的值；请再次修改后保存。</translation>
    </message>
    <message>
        <source>Notes (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation>备注（英文）</translation>
    </message>
    <message>
        <source>Decision expression</source>
        <translation>判定表达式</translation>
    </message>
    <message>
        <source>How the criteria combine</source>
        <translation>各认定标准的组合方式</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>认定标准 %1</translation>
    </message>
</context>
<context>
    <name>cii::RuleSetListModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted for filing</source>
        <translation>已提交备案</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>cii::RuleTestModel</name>
    <message>
        <source>New test case</source>
        <translation>新的测试用例</translation>
    </message>
    <message>
        <source>CII</source>
        <translation>关键信息基础设施</translation>
    </message>
    <message>
        <source>Not CII</source>
        <translation>不认定</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Indicator values (key=value; …)</source>
        <translation>指标值（键=值；…）</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cii::RulesPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to version %1 first?</source>
        <translation>先保存对第 %1 版的修改吗？</translation>
    </message>
    <message>
        <source>Sector these rules are for:</source>
        <translation>认定规则适用的行业领域：</translation>
    </message>
    <message>
        <source>New rules from the national template</source>
        <translation>从国家指南模板新建认定规则</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>导入认定规则</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>认定规则 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>导出认定规则</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>认定规则 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>未备案</translation>
    </message>
    <message>
        <source>Filed. This version can no longer change.</source>
        <translation>已备案。此版本不能再修改。</translation>
    </message>
    <message>
        <source>No new version</source>
        <translation>未新建版本</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete draft version %1? The audit log keeps a record of it.</source>
        <translation>删除第 %1 版草稿？审计日志会保留其记录。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Save filing document</source>
        <translation>保存备案文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>New from national template…</source>
        <translation>从国家指南模板新建…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <source>Filing document (PDF/ODT)…</source>
        <translation>备案文件（PDF/ODT）…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业领域</translation>
    </message>
    <message>
        <source>Title of the rules, as they will appear in the filing documents:</source>
        <translation>规则名称（将出现在备案文件中）：</translation>
    </message>
    <message>
        <source>Start a draft for a sector from the template built on the 2016 national determination guide</source>
        <translation>依据以2016年国家确定指南为基础的模板，为某一行业领域新建草稿</translation>
    </message>
    <message>
        <source>Read a rule set from a JSON file as the sector’s next draft version</source>
        <translation>从 JSON 文件读入认定规则，作为本行业领域的下一个草稿版本</translation>
    </message>
    <message>
        <source>Write the selected rule set to a JSON file</source>
        <translation>将所选认定规则导出为 JSON 文件</translation>
    </message>
    <message>
        <source>Mark the draft as submitted for filing with the Ministry of Public Security</source>
        <translation>将草稿标记为已提交公安部备案</translation>
    </message>
    <message>
        <source>Record the MPS filing reference and date (备案). Irreversible: the filed version can never change</source>
        <translation>登记公安部的备案编号和备案日期。不可撤回：已备案的版本永远不能再修改</translation>
    </message>
    <message>
        <source>Art. 9: the rules are filed with the Ministry of Public Security. Filing is refused while any test case fails; the sector’s previously filed version becomes superseded, and identification uses the filed version.</source>
        <translation>第九条：认定规则报国务院公安部门备案。有任何测试用例未通过时拒绝备案；本行业领域此前已备案的版本变为已被替代，认定使用已备案的版本。</translation>
    </message>
    <message>
        <source>Copy the selected version into a new draft, to change filed rules</source>
        <translation>将所选版本复制为新草稿，用于修改已备案的规则</translation>
    </message>
    <message>
        <source>Delete the selected draft (filed versions are kept for ever)</source>
        <translation>删除所选草稿（已备案的版本永久保留）</translation>
    </message>
    <message>
        <source>Write the filing document: criteria by factor, the decision logic in words and the test cases, in the GB/T 9704 layout</source>
        <translation>生成备案文件：按因素列出的认定标准、以文字表述的判定逻辑和测试用例，采用 GB/T 9704 版式</translation>
    </message>
    <message>
        <source>Show only the rule sets of one sector</source>
        <translation>只显示某一行业领域的认定规则</translation>
    </message>
    <message>
        <source>Shows only the rule sets whose sector, version, status or title contain what you type</source>
        <translation>只显示行业领域、版本、状态或标题中含有所输入内容的认定规则</translation>
    </message>
    <message>
        <source>The filter box (Ctrl+F) narrows the list as you type.</source>
        <translation>筛选框（Ctrl+F）随输入即时缩小列表范围。</translation>
    </message>
    <message>
        <source>File with the MPS…</source>
        <extracomment>The verb: files this version with the MPS (irreversible) — 备案, never 文件.</extracomment>
        <translation>报公安部备案…</translation>
    </message>
</context>
<context>
    <name>cii::SectorReportDialog</name>
    <message>
        <source>Sector report</source>
        <translation>行业领域年度报告</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>报告保存文件夹</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>行业领域：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Department settings…</source>
        <translation>部门设置…</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>生成报告</translation>
    </message>
</context>
<context>
    <name>cii::SettingsPage</name>
    <message>
        <source>Arrangements recorded for: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>已录入安排的年份：&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 is not recorded: deadlines in %1 are judged by weekends only, and are marked so, until its arrangement is imported.</source>
        <translation>%1 年尚未录入：在导入其安排之前，%1 年的期限仅按周末判断，并作相应标注。</translation>
    </message>
    <message>
        <source>Statutory holiday calendar</source>
        <translation>法定节假日日历</translation>
    </message>
    <message>
        <source>Civil Code Art. 203: when the last day of a period is a statutory holiday or a weekend rest day, the period ends on the first working day after it. Make-up working days on weekends count as working days. The State Council publishes each year&apos;s arrangement in November: import it here (CSV: date, kind, name_zh, name_en, source_year), and it replaces any days already recorded for that year.</source>
        <translation>《民法典》第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。周末调休上班日按工作日计算。国务院每年十一月前后公布次年的节假日安排：请在此导入（CSV：date, kind, name_zh, name_en, source_year），导入后替换该年已录入的全部日期。</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Import a year&apos;s arrangement…</source>
        <translation>导入某年安排…</translation>
    </message>
    <message>
        <source>How deadlines are computed</source>
        <translation>期限计算方式</translation>
    </message>
    <message>
        <source>Notification target (Art. 10, days after a decision):</source>
        <translation>通知目标期限（第十条，决定后天数）：</translation>
    </message>
    <message>
        <source>Art. 10 asks for prompt (及时) notification and fixes no number of days: this is the department&apos;s own target.</source>
        <translation>第十条要求“及时”通知，未规定天数：这是本部门自定的目标期限。</translation>
    </message>
    <message>
        <source>Due soon (days ahead):</source>
        <translation>即将到期（提前天数）：</translation>
    </message>
    <message>
        <source>Annual assessment due (Art. 17):</source>
        <translation>年度评估期限（第十七条）：</translation>
    </message>
    <message>
        <source>First assessment year:</source>
        <translation>首次评估年度：</translation>
    </message>
    <message>
        <source>The year after identification</source>
        <translation>认定次年</translation>
    </message>
    <message>
        <source>The same year if identified before %1</source>
        <translation>在%1之前认定的为当年</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Import a holiday arrangement</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>日历未导入</translation>
    </message>
    <message>
        <source>Import holiday arrangement</source>
        <translation>导入节假日安排</translation>
    </message>
    <message numerus="yes">
        <source>Import %n day(s) for %1? Days already recorded for those years are replaced, and every deadline is judged again.</source>
        <translation>
            <numerusform>导入 %1 年共 %n 天？这些年份已录入的日期将被替换，所有期限将重新计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Holiday arrangement imported for %1.</source>
        <translation>已导入 %1 年的节假日安排。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Deadline settings saved.</source>
        <translation>期限设置已保存。</translation>
    </message>
    <message>
        <source>Import a year’s statutory holidays and make-up working days (CSV); they replace that year’s</source>
        <translation>导入某一年的法定节假日和调休上班日（CSV），替换该年已有的数据</translation>
    </message>
    <message>
        <source>The State Council publishes each year’s arrangement in November. The legal last day of every period is computed with it (Civil Code Art. 203).</source>
        <translation>国务院每年11月前后公布下一年的节假日安排。每项期限的法定最后一日据此计算（民法典第二百零三条）。</translation>
    </message>
    <message>
        <source>The year whose holidays and make-up working days are listed</source>
        <translation>列出其节假日和调休上班日的年份</translation>
    </message>
    <message>
        <source>Items whose last day is this close are shown as due soon (amber)</source>
        <translation>最后一日在此天数以内的事项显示为即将到期（琥珀色）</translation>
    </message>
    <message>
        <source>Our department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>Other departments</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <source>Calendar, deadlines and backups</source>
        <translation>节假日、期限与备份</translation>
    </message>
</context>
<context>
    <name>cii::SystemCaseModel</name>
    <message>
        <source>Overridden: %1</source>
        <translation>已改判：%1</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>未认定</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Engine result</source>
        <translation>引擎结论</translation>
    </message>
    <message>
        <source>Decision in force</source>
        <translation>现行决定</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>认定状态</translation>
    </message>
    <message>
        <source>Since decision</source>
        <translation>与决定相比</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>认定时间</translation>
    </message>
    <message>
        <source>Identified as CII but protected at MLPS level %1: CII is expected to be protected at level 3 or above. Follow this up with the operator.</source>
        <translation>已认定为关键信息基础设施，但等级保护级别为第%1级：关键信息基础设施原则上应按第三级以上保护。请与运营者跟进。</translation>
    </message>
    <message>
        <source>%1 — MLPS %2 &lt; 3</source>
        <extracomment>The decision in force, then a warning that its MLPS level is below 3.</extracomment>
        <translation>%1——等保%2级（低于三级）</translation>
    </message>
</context>
<context>
    <name>cii::SystemDialog</name>
    <message>
        <source>Edit system</source>
        <translation>编辑系统</translation>
    </message>
    <message>
        <source>Add system</source>
        <translation>添加系统</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>MLPS level (等级保护)</source>
        <translation>网络安全等级保护级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>This operator already has %n system(s) named “%1” (%2). Save only if this is a different system; lists will show the id beside the name.</source>
        <translation>
            <numerusform>该运营者已有 %n 个名为“%1”的系统（%2）。仅当这是另一个系统时才保存；列表将在名称旁显示其编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored values are shown; make your change again and save.</source>
        <translation>现显示存储中的值；请再次修改后保存。</translation>
    </message>
</context>
<context>
    <name>cii::SystemTableModel</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation>等保级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Indicators reported</source>
        <translation>已报送指标数</translation>
    </message>
</context>
<context>
    <name>cii::SystemsPage</name>
    <message>
        <source>Indicator value saved.</source>
        <translation>指标值已保存。</translation>
    </message>
    <message>
        <source>Value not saved</source>
        <translation>数值未保存</translation>
    </message>
    <message>
        <source>The store could not be read.</source>
        <translation>无法读取数据库。</translation>
    </message>
    <message>
        <source>&amp;Add system…</source>
        <translation>添加系统(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Double-click a value or date to change it; clear a value to remove it.</source>
        <translation>双击数值或日期即可修改；清空数值即删除该值。</translation>
    </message>
    <message>
        <source>Select a system to see its indicator values.</source>
        <translation>选择一个系统以查看其指标值。</translation>
    </message>
    <message>
        <source>Indicator values of %1</source>
        <translation>%1 的指标值</translation>
    </message>
    <message>
        <source>Add system</source>
        <translation>添加系统</translation>
    </message>
    <message>
        <source>Add the operator first: every system belongs to one.</source>
        <translation>请先添加运营者：每个系统都属于一个运营者。</translation>
    </message>
    <message>
        <source>Delete system</source>
        <translation>删除系统</translation>
    </message>
    <message>
        <source>Delete %1 and its indicator values? The audit log keeps a record of them.</source>
        <translation>删除 %1 及其指标值？审计日志会保留其记录。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Edit system</source>
        <translation>编辑系统</translation>
    </message>
    <message>
        <source>Register a network facility or information system of an operator</source>
        <translation>登记运营者的网络设施或信息系统</translation>
    </message>
    <message>
        <source>Edit the selected system (or double-click its row)</source>
        <translation>编辑所选系统（或双击该行）</translation>
    </message>
    <message>
        <source>Delete the selected system; the audit log keeps a record of it</source>
        <translation>删除所选系统；审计日志会保留其记录</translation>
    </message>
    <message>
        <source>Import systems and their indicator values from a CSV file: every row is checked first, and all are written or none</source>
        <translation>从 CSV 文件导入系统及其指标值：先逐行检查，要么全部写入，要么全不写入</translation>
    </message>
    <message>
        <source>Each system names its operator by its code (operator_uscc) and has one column per indicator plus KEY_reported_on. Every problem is listed as “row N, column NAME: reason”.</source>
        <translation>每个系统以运营者的代码（operator_uscc）指明所属运营者，每个指标一列，另加 KEY_reported_on 列。每个问题列为“row N, column NAME: 原因”。</translation>
    </message>
    <message>
        <source>Export the systems and their indicator values to a CSV file</source>
        <translation>将系统及其指标值导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Shows only the systems whose name, or whose operator’s code, names or region, contain what you type</source>
        <translation>只显示系统名称或其运营者的代码、名称、地区中含有所输入内容的系统</translation>
    </message>
    <message>
        <source>The filter box (Ctrl+F) narrows the list as you type; the count beside it says how many rows are shown.</source>
        <translation>筛选框（Ctrl+F）随输入即时缩小列表范围；旁边的计数显示当前显示的行数。</translation>
    </message>
    <message>
        <source>The indicator values the identification rules read. Double-click a value or its reported date to change it; clear a value to remove it. A missing value makes the criteria that read it unknown.</source>
        <translation>认定规则所读取的指标值。双击数值或报送日期即可修改；清空数值即删除。缺少某项数值时，读取该数值的认定标准结果为未知。</translation>
    </message>
</context>
</TS>
