<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditCommand</name>
    <message>
        <source>--anchor needs a row id and its hash, like 1234:9f86d081884c7d65… (64 hex digits)</source>
        <translation>--anchor 需要行号及其哈希值，如 1234:9f86d081884c7d65…（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>Checked %1 audit rows of %2 in %3 s.</source>
        <translation>已校验 %2 中的 %1 条变更记录，用时 %3 秒。</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>正常：%1</translation>
    </message>
    <message>
        <source>Anchor for a later check: --anchor %1:%2</source>
        <translation>供以后校验使用的锚点：--anchor %1:%2</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.xlsx or FILE.csv</source>
        <translation>audit export 需要 --out FILE.xlsx 或 FILE.csv</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-06-30</source>
        <translation>--%1 需要日期，如 2026-06-30</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to 早于 --from</translation>
    </message>
    <message>
        <source>Wrote %1 audit rows with their hashes to %2 in %3 s.</source>
        <translation>已将 %1 条变更记录及其哈希值写入 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>The tamper-evident audit trail: every audit row carries a hash chained to the row before.
  audit verify [--anchor ID:HASH]   checks the chain, names the first broken row
  audit export --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--table TABLE]
Exit code of verify: 0 intact, 2 broken, 1 error.</source>
        <translation>防篡改的变更记录：每条变更记录都带有与上一条相链接的哈希值。
  audit verify [--anchor ID:HASH]   校验哈希链，指出第一条断开的记录
  audit export --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--table TABLE]
verify 的退出码：0 完好，2 已损坏，1 出错。</translation>
    </message>
    <message>
        <source>verify: a row id and the hash it had at an earlier check or export.</source>
        <translation>verify：一条记录的行号，及其在以前某次校验或导出时的哈希值。</translation>
    </message>
    <message>
        <source>export: the file to write (.xlsx or .csv).</source>
        <translation>export：要写入的文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>export: rows written on or after this day (UTC).</source>
        <translation>export：在该日（UTC）或之后写入的记录。</translation>
    </message>
    <message>
        <source>export: rows written on or before this day (UTC).</source>
        <translation>export：在该日（UTC）或之前写入的记录。</translation>
    </message>
    <message>
        <source>export: only the rows of this table (enterprises, projects, grants…).</source>
        <translation>export：只导出该数据表的记录（enterprises、projects、grants…）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>unknown audit command &quot;%1&quot; (verify, export)</source>
        <translation>未知的 audit 命令“%1”（可用：verify、export）</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Writes a checked copy of the database (SQLite backup API, then integrity_check). Without --out, into the automatic backup folder with rotation.</source>
        <translation>写出经过检查的数据库副本（SQLite 备份接口，随后进行完整性检查）。不指定 --out 时写入自动备份文件夹并按规则轮换。</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>要写入的备份文件（不得已存在）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out 需要一个文件名</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 (%3 MB, schema version %4) and checked: integrity ok. %5 s.</source>
        <translation>%1 的备份已写入 %2（%3 MB，数据库结构版本 %4）并已检查：完整性正常。用时 %5 秒。</translation>
    </message>
    <message>
        <source>Replaces the database by a backup: checks the backup first and keeps the current database aside.</source>
        <translation>用备份替换数据库：先检查备份，并将当前数据库另存保留。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>restore needs the backup file to restore</source>
        <translation>restore 需要指定要恢复的备份文件</translation>
    </message>
    <message>
        <source>Checked the backup %1: a DX Desk database, schema version %2, integrity ok.</source>
        <translation>已检查备份 %1：数转工作台数据库，数据库结构版本 %2，完整性正常。</translation>
    </message>
    <message>
        <source>There was no database at %1 to keep aside.</source>
        <translation>%1 处没有需要另存保留的数据库。</translation>
    </message>
    <message>
        <source>The previous database could not be read; it was moved, unchanged, to %1.</source>
        <translation>原数据库无法读取，已原样移至 %1。</translation>
    </message>
    <message>
        <source>The previous database was copied aside to %1.</source>
        <translation>原数据库已另行复制至 %1。</translation>
    </message>
    <message>
        <source>Restored %1 into %2 and checked it: integrity ok.</source>
        <translation>已将 %1 恢复到 %2 并完成检查：完整性正常。</translation>
    </message>
    <message>
        <source>Its schema (version %1) will be upgraded to version %2 when it is next opened, after another backup.</source>
        <translation>其数据库结构（版本 %1）将在下次打开时、再做一次备份后升级到版本 %2。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Adds a generated demonstration city.</source>
        <translation>添加一个自动生成的演示城市。</translation>
    </message>
    <message>
        <source>How many enterprises to add.</source>
        <translation>要添加的企业数量。</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same city).</source>
        <translation>生成器的随机种子（种子相同，生成的城市也相同）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--enterprises needs a positive number</source>
        <translation>--enterprises 参数必须为正整数</translation>
    </message>
    <message>
        <source>--seed needs a non-negative number</source>
        <translation>--seed 参数必须为非负整数</translation>
    </message>
    <message>
        <source>Added %1 enterprises to %2 in %3 s.</source>
        <translation>已向 %2 添加 %1 家企业，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Checks a database: schema and integrity.</source>
        <translation>检查数据库的结构与完整性。</translation>
    </message>
    <message>
        <source>Run the full integrity check (slower).</source>
        <translation>执行全面的完整性检查（耗时较长）。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this DX Desk: %2)%3</source>
        <translation>数据库结构版本：%1（本版数转工作台：%2）%3</translation>
    </message>
    <message>
        <source>; it will be upgraded when opened</source>
        <translation>；打开时将自动升级</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try dxdesk --help)</source>
        <translation>未知命令“%1”（请尝试 dxdesk --help）</translation>
    </message>
    <message>
        <source>Lists enterprises of the register (first page).</source>
        <translation>列出企业名录（第一页）。</translation>
    </message>
    <message>
        <source>Substring of name or credit code.</source>
        <translation>企业名称或信用代码中的任意片段。</translation>
    </message>
    <message>
        <source>How many rows to print.</source>
        <translation>输出的行数。</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要一个正整数</translation>
    </message>
    <message>
        <source>%1 matching enterprises; first page in %2 ms.</source>
        <translation>共 %1 家企业符合条件；第一页用时 %2 毫秒。</translation>
    </message>
    <message>
        <source>Case figures of the city as of a date.</source>
        <translation>截至某日的全市案件统计数据。</translation>
    </message>
    <message>
        <source>Date (yyyy-MM-dd; default: today).</source>
        <translation>日期（yyyy-MM-dd；默认为今天）。</translation>
    </message>
    <message>
        <source>--as-of needs a date like 2025-06-30</source>
        <translation>--as-of 需要形如 2025-06-30 的日期</translation>
    </message>
    <message>
        <source>As of %1: %2 enterprises diagnosed, %3 of them filed a project (diagnosis → project conversion %4%).</source>
        <translation>截至 %1：已诊断企业 %2 家，其中 %3 家已备案改造项目（诊断→项目转化率 %4%）。</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file.</source>
        <translation>.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Sheet of an .xlsx workbook (default: the first).</source>
        <translation>.xlsx 工作簿中的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>逐行检查并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>Update enterprises already registered (matched by credit code).</source>
        <translation>更新已登记的企业（按信用代码匹配）。</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are invalid.</source>
        <translation>即使有无效行，也导入有效的行。</translation>
    </message>
    <message>
        <source>Write every problem found to this .xlsx or .csv file.</source>
        <translation>将发现的所有问题写入此 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation>工作簿中没有名为“%1”的工作表（现有：%2）</translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>… and %1 more problems (write them all with --report FILE).</source>
        <translation>……另有 %1 个问题（用 --report FILE 写出全部问题）。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试导入检查：未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported because rows are invalid (use --skip-invalid to import the valid rows).</source>
        <translation>存在无效行，未导入任何数据（使用 --skip-invalid 可只导入有效行）。</translation>
    </message>
    <message>
        <source>Exports the enterprises of the register to .xlsx or .csv (format from the extension).</source>
        <translation>将企业名录导出为 .xlsx 或 .csv（格式由扩展名决定）。</translation>
    </message>
    <message>
        <source>What to export (enterprises).</source>
        <translation>导出的内容（enterprises）。</translation>
    </message>
    <message>
        <source>The file to write (.xlsx or .csv).</source>
        <translation>要写入的文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Only this cluster (its name).</source>
        <translation>仅此产业集群（名称）。</translation>
    </message>
    <message>
        <source>Only this district (its name or code).</source>
        <translation>仅此区县（名称或代码）。</translation>
    </message>
    <message>
        <source>Export archived enterprises too.</source>
        <translation>同时导出已归档的企业。</translation>
    </message>
    <message>
        <source>Write full contact phone numbers (they are masked by default).</source>
        <translation>写出完整的联系电话（默认打码）。</translation>
    </message>
    <message>
        <source>only enterprises can be exported: dxdesk export enterprises --out FILE</source>
        <translation>目前只能导出企业：dxdesk export enterprises --out FILE</translation>
    </message>
    <message>
        <source>--out FILE.xlsx or FILE.csv is required</source>
        <translation>必须指定 --out FILE.xlsx 或 FILE.csv</translation>
    </message>
    <message>
        <source>no cluster is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的产业集群</translation>
    </message>
    <message>
        <source>no district is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的区县</translation>
    </message>
    <message>
        <source>Wrote %1 enterprises to %2 in %3 s.</source>
        <translation>已将 %1 家企业写入 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Imports a ledger from an .xlsx or .csv file: enterprises, providers, cost-lines, invoices, payments or grants. By default a file with any invalid row imports nothing.</source>
        <translation>从 .xlsx 或 .csv 文件导入台账：enterprises（企业）、providers（服务商）、cost-lines（费用明细）、invoices（发票）、payments（付款凭证）或 grants（奖补申请）。默认情况下，文件中只要有一行无效，就什么也不导入。</translation>
    </message>
    <message>
        <source>What to import: %1.</source>
        <translation>导入的内容：%1。</translation>
    </message>
    <message>
        <source>what to import: one of %1 (dxdesk import KIND FILE)</source>
        <translation>导入的内容须为以下之一：%1（dxdesk import KIND FILE）</translation>
    </message>
    <message>
        <source>name one file: dxdesk import %1 FILE</source>
        <translation>请指定一个文件：dxdesk import %1 FILE</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 stored with changes, %4 unchanged, %5 invalid.</source>
        <translation>共 %1 行：新增 %2，已登记且有变化 %3，无变化 %4，无效 %5。</translation>
    </message>
    <message>
        <source>Imported %1 new and updated %2 records in %3 s.</source>
        <translation>已导入新记录 %1 条、更新 %2 条，用时 %3 秒。</translation>
    </message>
    <message>
        <source>cluster | registered | diagnosed | filed | accepted | 二级+ after | 规上 at 二级+</source>
        <translation>产业集群 | 在册 | 已诊断 | 已备案 | 已验收 | 改造后二级及以上 | 规上企业达二级及以上</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>(computed in %1 ms)</source>
        <translation>（计算用时 %1 毫秒）</translation>
    </message>
    <message>
        <source>no enterprise has the credit code %1</source>
        <translation>没有信用代码为 %1 的企业</translation>
    </message>
    <message>
        <source>dossiers needs --cluster NAME or --enterprise CODE[,CODE…]</source>
        <translation>dossiers 需要 --cluster NAME 或 --enterprise CODE[,CODE…]</translation>
    </message>
    <message>
        <source>Printed %1 dossiers (%2 pages, %3 files) in %4 s.</source>
        <translation>已打印一企一档 %1 份（共 %2 页，%3 个文件），用时 %4 秒。</translation>
    </message>
    <message>
        <source>Prints a report to PDF: dossier, diagnosis, cluster or monthly.</source>
        <translation>将报告打印为 PDF：dossier（一企一档）、diagnosis（诊断报告）、cluster（产业集群进展报告）或 monthly（月度简报）。</translation>
    </message>
    <message>
        <source>dossier, dossiers, diagnosis, cluster or monthly</source>
        <translation>dossier、dossiers、diagnosis、cluster 或 monthly</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>dossier: the enterprise&apos;s credit code (dossiers: codes separated by commas).</source>
        <translation>dossier：企业的统一社会信用代码（dossiers：多个代码以英文逗号分隔）。</translation>
    </message>
    <message>
        <source>dossiers: one file per enterprise in the folder --out.</source>
        <translation>dossiers：每家企业单独生成一个文件，保存在 --out 指定的文件夹中。</translation>
    </message>
    <message>
        <source>diagnosis: the diagnosis id.</source>
        <translation>diagnosis：诊断的 id。</translation>
    </message>
    <message>
        <source>cluster: the cluster&apos;s name (default: the whole city).</source>
        <translation>cluster：产业集群名称（默认：全市）。</translation>
    </message>
    <message>
        <source>cluster: the date (yyyy-MM-dd; default: today).</source>
        <translation>cluster：截至日期（yyyy-MM-dd；默认为今天）。</translation>
    </message>
    <message>
        <source>monthly: the month (yyyy-MM).</source>
        <translation>monthly：月份（yyyy-MM）。</translation>
    </message>
    <message>
        <source>Print contact phone numbers in full (they are masked by default).</source>
        <translation>打印完整的联系电话（默认打码）。</translation>
    </message>
    <message>
        <source>The bureau named in the header (default: the setting).</source>
        <translation>页眉中的单位名称（默认：取设置中的名称）。</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>必须指定 --out FILE.pdf</translation>
    </message>
    <message>
        <source>dossier needs --enterprise CREDIT_CODE</source>
        <translation>dossier 需要 --enterprise CREDIT_CODE</translation>
    </message>
    <message>
        <source>diagnosis needs --id ID (a positive number)</source>
        <translation>diagnosis 需要 --id ID（正整数）</translation>
    </message>
    <message>
        <source>monthly needs --month YYYY-MM</source>
        <translation>monthly 需要 --month YYYY-MM</translation>
    </message>
    <message>
        <source>report needs a kind: dossier, diagnosis, cluster or monthly</source>
        <translation>report 需要指定报告类型：dossier、diagnosis、cluster 或 monthly</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages) in %3 s.</source>
        <translation>已写入 %1（共 %2 页），用时 %3 秒。</translation>
    </message>
    <message>
        <source>%1 has no rows of data below its header; nothing was imported</source>
        <translation>%1 的表头下没有数据行，未导入任何数据</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Database file, or a shared PostgreSQL database as postgresql://user@host:port/name (default: %1).</source>
        <translation>数据库文件，或共享的 PostgreSQL 数据库，写作 postgresql://用户@主机:端口/库名（默认：%1）。</translation>
    </message>
    <message>
        <source>Usage: dxdesk [--db PATH]             open the desktop application
       dxdesk demo --enterprises N [--seed S] [--db PATH] [--json]
       dxdesk check [--full] [--db PATH] [--json]
       dxdesk list [--search TEXT] [--limit N] [--db PATH] [--json]
       dxdesk stats [--as-of DATE] [--cluster NAME] [--district NAME] [--db PATH] [--json]
       dxdesk package export --provider CREDIT_CODE [--enterprises CODE,…] [--expires DATE] --out FILE
       dxdesk package open FILE --db FIELD.sqlite | package return --db FIELD.sqlite --out FILE
       dxdesk package import FILE | conflicts | resolve ID --take field|bureau [--db PATH] [--json]
       dxdesk import KIND FILE [--sheet NAME] [--dry-run] [--update-existing]
              [--skip-invalid] [--report FILE] [--db PATH] [--json]
       dxdesk export enterprises --out FILE.xlsx|FILE.csv [--search TEXT] [--cluster NAME]
              [--district NAME] [--archived] [--unmask-phones] [--db PATH] [--json]
       dxdesk report dossier --enterprise CREDIT_CODE --out FILE.pdf
       dxdesk report dossiers (--cluster NAME | --enterprise CODE,CODE…) --out FILE.pdf|DIR [--each]
       dxdesk report diagnosis --id ID --out FILE.pdf
       dxdesk report cluster [--cluster NAME] [--as-of DATE] --out FILE.pdf
       dxdesk report monthly --month YYYY-MM --out FILE.pdf
              [--show-personal] [--bureau NAME] [--db PATH] [--json]
       dxdesk backup [--out FILE] [--db PATH] [--json]
       dxdesk restore FILE [--db PATH] [--json]
       dxdesk audit verify [--anchor ID:HASH] [--db PATH] [--json]
       dxdesk audit export --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--table TABLE]
              [--db PATH] [--json]
       dxdesk user list | whoami | add LOGIN --role ROLE | set LOGIN [--role ROLE]
              [--provider CREDIT_CODE] [--name NAME] [--password] [--inactive] [--db PATH] [--json]
       dxdesk --version
</source>
        <translation>用法：dxdesk [--db PATH]             打开桌面程序
      dxdesk demo --enterprises N [--seed S] [--db PATH] [--json]
      dxdesk check [--full] [--db PATH] [--json]
      dxdesk list [--search TEXT] [--limit N] [--db PATH] [--json]
      dxdesk stats [--as-of DATE] [--cluster NAME] [--district NAME] [--db PATH] [--json]
      dxdesk package export --provider CREDIT_CODE [--enterprises CODE,…] [--expires DATE] --out FILE
      dxdesk package open FILE --db FIELD.sqlite | package return --db FIELD.sqlite --out FILE
      dxdesk package import FILE | conflicts | resolve ID --take field|bureau [--db PATH] [--json]
      dxdesk import KIND FILE [--sheet NAME] [--dry-run] [--update-existing]
             [--skip-invalid] [--report FILE] [--db PATH] [--json]
      dxdesk export enterprises --out FILE.xlsx|FILE.csv [--search TEXT] [--cluster NAME]
             [--district NAME] [--archived] [--unmask-phones] [--db PATH] [--json]
      dxdesk report dossier --enterprise CREDIT_CODE --out FILE.pdf
      dxdesk report dossiers (--cluster NAME | --enterprise CODE,CODE…) --out FILE.pdf|DIR [--each]
      dxdesk report diagnosis --id ID --out FILE.pdf
      dxdesk report cluster [--cluster NAME] [--as-of DATE] --out FILE.pdf
      dxdesk report monthly --month YYYY-MM --out FILE.pdf
             [--show-personal] [--bureau NAME] [--db PATH] [--json]
      dxdesk backup [--out FILE] [--db PATH] [--json]
      dxdesk restore FILE [--db PATH] [--json]
      dxdesk audit verify [--anchor ID:HASH] [--db PATH] [--json]
      dxdesk audit export --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--table TABLE]
             [--db PATH] [--json]
      dxdesk user list | whoami | add 登录名 --role 角色 | set 登录名 [--role 角色]
             [--provider 信用代码] [--name 姓名] [--password] [--inactive] [--db PATH] [--json]
      dxdesk --version
</translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>待处理的冲突共 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>package export needs --provider CREDIT_CODE and --out FILE</source>
        <translation>package export 需要 --provider CREDIT_CODE 和 --out FILE</translation>
    </message>
    <message>
        <source>--expires needs a date like 2026-06-30</source>
        <translation>--expires 需要形如 2026-06-30 的日期</translation>
    </message>
    <message>
        <source>Field package for %1 written to %2: %3 enterprises, %4 diagnoses, %5 open projects, %6 attachments; valid until %7.
Bureau key fingerprint: %8 (tell the provider, to compare when opening).</source>
        <translation>%1 的外业数据包已写入 %2：企业 %3 家，诊断 %4 条，在办改造项目 %5 个，材料 %6 份；有效期至 %7。
中小企业局的密钥指纹：%8（请告知服务商，供其打开时核对）。</translation>
    </message>
    <message>
        <source>package open needs --db FIELD.sqlite, the new field database to create</source>
        <translation>package open 需要 --db FIELD.sqlite，即要新建的外业数据库</translation>
    </message>
    <message>
        <source>Field database %1 created from the package of %2 for %3: %4 enterprises, %5 diagnoses, %6 open projects; valid until %7.
Bureau key fingerprint: %8 — compare it with the one the bureau gave you.
Work in it with: dxdesk --db %1</source>
        <translation>已根据 %2 发给 %3 的数据包创建外业数据库 %1：企业 %4 家，诊断 %5 条，在办改造项目 %6 个；有效期至 %7。
中小企业局的密钥指纹：%8——请与中小企业局提供的指纹核对。
使用方法：dxdesk --db %1</translation>
    </message>
    <message>
        <source>package return needs --out FILE</source>
        <translation>package return 需要 --out FILE</translation>
    </message>
    <message>
        <source>Return package written to %1: %2 enterprises, %3 diagnoses and %4 attachments changed or new since the package.</source>
        <translation>回传数据包已写入 %1：自下发以来修改或新增的企业 %2 家、诊断 %3 条、材料 %4 份。</translation>
    </message>
    <message>
        <source>Note: %1 changes to projects or providers made here are not sent back; projects are changed at the bureau.</source>
        <translation>注意：此处对改造项目或服务商所做的 %1 处修改不会回传；改造项目由中小企业局修改。</translation>
    </message>
    <message>
        <source>This package was imported before; nothing was changed.</source>
        <translation>该数据包此前已导入，本次未做任何更改。</translation>
    </message>
    <message>
        <source>Return package of %1: %2 added, %3 updated, %4 parallel updates (applied field by field), %5 with conflicts (queued for review), %6 unchanged.</source>
        <translation>%1 的回传数据包：新增 %2，更新 %3，并行更新 %4（已逐字段应用），冲突 %5（已列入审核队列），未变 %6。</translation>
    </message>
    <message>
        <source>bureau: </source>
        <translation>局端：</translation>
    </message>
    <message>
        <source>field: </source>
        <translation>外业：</translation>
    </message>
    <message>
        <source>package resolve needs --take field or --take bureau</source>
        <translation>package resolve 需要 --take field 或 --take bureau</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the %2 value stands.</source>
        <translation>冲突 %1 已处理：以%2值为准。</translation>
    </message>
    <message>
        <source>field&apos;s</source>
        <translation>外业</translation>
    </message>
    <message>
        <source>bureau&apos;s</source>
        <translation>局端</translation>
    </message>
    <message>
        <source>Field packages: out to a provider&apos;s laptop and back.
  package export --provider CREDIT_CODE [--enterprises CODE,…] [--expires DATE] --out FILE
  package open FILE --db FIELD.sqlite [--bureau-key FINGERPRINT]
  package return --db FIELD.sqlite --out FILE
  package import FILE
  package conflicts
  package resolve ID --take field|bureau</source>
        <translation>外业数据包：下发到服务商的笔记本电脑，再回传。
  package export --provider CREDIT_CODE [--enterprises CODE,…] [--expires DATE] --out FILE
  package open FILE --db FIELD.sqlite [--bureau-key FINGERPRINT]
  package return --db FIELD.sqlite --out FILE
  package import FILE
  package conflicts
  package resolve ID --take field|bureau</translation>
    </message>
    <message>
        <source>Credit code of the provider.</source>
        <translation>服务商的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Credit codes of the enterprises to visit (default: those assigned).</source>
        <translation>要走访企业的统一社会信用代码（默认：已分配给该服务商的企业）。</translation>
    </message>
    <message>
        <source>Last day the package is valid (default: in 30 days).</source>
        <translation>数据包有效期的最后一天（默认：30 天后）。</translation>
    </message>
    <message>
        <source>The bureau&apos;s name, the first time a package is made.</source>
        <translation>中小企业局名称（首次制作数据包时填写）。</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>要写入的数据包文件。</translation>
    </message>
    <message>
        <source>open: the bureau&apos;s key fingerprint; the package must be signed with it.</source>
        <translation>open：中小企业局的密钥指纹；数据包必须由该密钥签名。</translation>
    </message>
    <message>
        <source>Which value stands: field or bureau.</source>
        <translation>以哪一方的值为准：field（外业）或 bureau（局端）。</translation>
    </message>
    <message>
        <source>package %1 needs an argument (see dxdesk package --help)</source>
        <translation>package %1 需要一个参数（见 dxdesk package --help）</translation>
    </message>
    <message>
        <source>unknown package command &quot;%1&quot; (export, open, return, import, conflicts, resolve)</source>
        <translation>未知的 package 子命令“%1”（可用：export、open、return、import、conflicts、resolve）</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>active</source>
        <translation>可登录</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No users are registered; whoever opens this database is its administrator.</source>
        <translation>尚未登记用户；打开此数据库的人即为其管理员。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>user add needs --role administrator|officer|provider|viewer</source>
        <translation>user add 需要 --role administrator|officer|provider|viewer</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (administrator, officer, provider, viewer)</source>
        <translation>未知角色“%1”（administrator、officer、provider、viewer）</translation>
    </message>
    <message>
        <source>no service provider has the credit code %1</source>
        <translation>没有统一社会信用代码为 %1 的服务商</translation>
    </message>
    <message>
        <source>--password is for shared PostgreSQL databases; a database file has no passwords</source>
        <translation>--password 仅用于共享的 PostgreSQL 数据库；数据库文件没有密码</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>no password given; nothing was changed</source>
        <translation>未输入密码；未做任何更改</translation>
    </message>
    <message>
        <source>Saved %1 as %2%3.</source>
        <translation>已保存 %1，角色为%2%3。</translation>
    </message>
    <message>
        <source> (inactive: cannot sign in)</source>
        <translation>（已停用：不能登录）</translation>
    </message>
    <message>
        <source>Users and their roles.
  user list | whoami
  user add LOGIN --role ROLE [--provider CREDIT_CODE] [--name NAME] [--password]
  user set LOGIN [--role ROLE] [--provider CREDIT_CODE] [--name NAME] [--password] [--active|--inactive]
Roles: administrator, officer, provider (a service provider&apos;s staff: only the enterprises
assigned to it, no grants), viewer (changes nothing). On a shared PostgreSQL database
the server enforces them and add/set create and change the server&apos;s login.</source>
        <translation>用户及其角色。
  user list | whoami
  user add 登录名 --role 角色 [--provider 信用代码] [--name 姓名] [--password]
  user set 登录名 [--role 角色] [--provider 信用代码] [--name 姓名] [--password] [--active|--inactive]
角色：administrator（管理员）、officer（经办人员）、provider（服务商人员：只能看到分配给该服务商
的企业，看不到补助）、viewer（只读，不能修改）。在共享的 PostgreSQL 数据库上由服务器强制执行，
add/set 同时创建和修改服务器登录名。</translation>
    </message>
    <message>
        <source>administrator, officer, provider or viewer.</source>
        <translation>administrator、officer、provider 或 viewer。</translation>
    </message>
    <message>
        <source>provider role: the credit code of the service provider.</source>
        <translation>provider 角色：服务商的统一社会信用代码。</translation>
    </message>
    <message>
        <source>the person&apos;s name as shown.</source>
        <translation>显示的姓名。</translation>
    </message>
    <message>
        <source>PostgreSQL: ask for the login&apos;s new password (or read one line from standard input).</source>
        <translation>PostgreSQL：询问该登录名的新密码（或从标准输入读取一行）。</translation>
    </message>
    <message>
        <source>the user may sign in again.</source>
        <translation>该用户可重新登录。</translation>
    </message>
    <message>
        <source>the user may no longer sign in; nothing they wrote is removed.</source>
        <translation>该用户不能再登录；其录入的内容一概保留。</translation>
    </message>
    <message>
        <source>unknown user command &quot;%1&quot; (list, whoami, add, set)</source>
        <translation>未知的 user 命令“%1”（list、whoami、add、set）</translation>
    </message>
    <message>
        <source>user %1 needs exactly one LOGIN</source>
        <translation>user %1 需要且只需要一个登录名</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
</context>
<context>
    <name>dx</name>
    <message>
        <source>The package&apos;s manifest is invalid: %1.</source>
        <translation>数据包清单无效：%1。</translation>
    </message>
    <message>
        <source>The package is refused: a record of %1 (%2) %3.</source>
        <translation>已拒绝该数据包：表 %1 中的记录（%2）%3。</translation>
    </message>
    <message>
        <source>is not text of at most 100,000 characters</source>
        <translation>不是 10 万字符以内的文本</translation>
    </message>
    <message>
        <source>is not a plain file name (folders, &quot;..&quot; or control characters)</source>
        <translation>不是单纯的文件名（含有文件夹、“..”或控制字符）</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>does not name a record by uuid</source>
        <translation>未以 uuid 指明记录</translation>
    </message>
    <message>
        <source>does not name a cluster</source>
        <translation>未指明产业集群</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>类型未知</translation>
    </message>
</context>
<context>
    <name>dx::AcceptanceDialog</name>
    <message>
        <source>Accept project</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <source>Project not accepted</source>
        <translation>验收未通过</translation>
    </message>
    <message>
        <source>On-site check matches the dossier; the transformation reached its target.</source>
        <translation>现场核查与一企一档资料一致，改造达到预期目标。</translation>
    </message>
    <message>
        <source>The 一企一档 dossier was verified on site</source>
        <translation>已现场核验一企一档资料</translation>
    </message>
    <message>
        <source>Inspection &amp;date</source>
        <translation>验收日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>验收人员(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>验收意见(&amp;F)</translation>
    </message>
</context>
<context>
    <name>dx::Application</name>
    <message>
        <source>DX Desk</source>
        <translation>数转工作台</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>DX Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>数转工作台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>dx::AssessmentIndex</name>
    <message>
        <source>The assessment index %1 is invalid at %2: %3</source>
        <translation>评测指标 %1 在 %2 处有误：%3</translation>
    </message>
    <message>
        <source>an element has no id</source>
        <translation>有元素缺少 id</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>id“%1”被重复使用</translation>
    </message>
    <message>
        <source>unknown item kind &quot;%1&quot; (expected single, multi, band or compare)</source>
        <translation>未知的评测项类型“%1”（应为 single、multi、band 或 compare）</translation>
    </message>
    <message>
        <source>the item has no points</source>
        <translation>评测项未设置分值</translation>
    </message>
    <message>
        <source>%1 is not a number of points from -1,000,000 to 1,000,000</source>
        <translation>%1 不是 -1,000,000 至 1,000,000 之间的分值</translation>
    </message>
    <message>
        <source>negative points</source>
        <translation>分值不能为负数</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>单选题至少需要两个选项</translation>
    </message>
    <message>
        <source>the best option gives %1 points but the item is worth %2</source>
        <translation>最优选项得 %1 分，但该评测项分值为 %2 分</translation>
    </message>
    <message>
        <source>a comparison needs betterWhen &quot;lower&quot; or &quot;higher&quot;</source>
        <translation>对比题的 betterWhen 须为“lower”或“higher”</translation>
    </message>
    <message>
        <source>a comparison needs the options worse, same and better</source>
        <translation>对比题须包含 worse、same 和 better 三个选项</translation>
    </message>
    <message>
        <source>a multiple choice needs options</source>
        <translation>多选题须设置选项</translation>
    </message>
    <message>
        <source>all options together give %1 points, less than the item&apos;s %2</source>
        <translation>全部选项合计 %1 分，低于该评测项的分值 %2 分</translation>
    </message>
    <message>
        <source>an exclusive option must give 0 points</source>
        <translation>互斥选项的分值必须为 0</translation>
    </message>
    <message>
        <source>max must be greater than min</source>
        <translation>max 必须大于 min</translation>
    </message>
    <message>
        <source>the bands must be in ascending order of upTo</source>
        <translation>各分档须按 upTo 升序排列</translation>
    </message>
    <message>
        <source>the last band must end at max (%1)</source>
        <translation>最后一个分档须止于 max（%1）</translation>
    </message>
    <message>
        <source>the best band gives %1 points but the item is worth %2</source>
        <translation>最高分档得 %1 分，但该评测项分值为 %2 分</translation>
    </message>
    <message>
        <source>the index needs an id and a version</source>
        <translation>评测指标须包含 id 和版本号</translation>
    </message>
    <message>
        <source>totalPoints is missing</source>
        <translation>缺少 totalPoints</translation>
    </message>
    <message>
        <source>the items add up to %1 points, not %2</source>
        <translation>各评测项合计 %1 分，应为 %2 分</translation>
    </message>
    <message>
        <source>the indicators add up to %1 points, not %2</source>
        <translation>各指标合计 %1 分，应为 %2 分</translation>
    </message>
    <message>
        <source>the dimensions add up to %1 points, not %2</source>
        <translation>各维度合计 %1 分，应为 %2 分</translation>
    </message>
    <message>
        <source>a total-only index has no dimensions</source>
        <translation>仅记录总分的评测指标不得包含维度</translation>
    </message>
    <message>
        <source>unknown scene group &quot;%1&quot;</source>
        <translation>未知的业务场景分组“%1”</translation>
    </message>
    <message>
        <source>the descriptor of level %1 is missing</source>
        <translation>缺少%1级的等级描述</translation>
    </message>
    <message>
        <source>levels must be listed highest first, each once</source>
        <translation>等级须从高到低排列，且每个等级只能出现一次</translation>
    </message>
    <message>
        <source>the scene requirements cannot be met with this index&apos;s scenes</source>
        <translation>本评测指标的业务场景无法满足等级规则中的场景要求</translation>
    </message>
    <message>
        <source>the index has no level rules</source>
        <translation>评测指标未设置等级规则</translation>
    </message>
    <message>
        <source>The assessment index %1 is not valid JSON: %2 (at byte %3)</source>
        <translation>评测指标 %1 不是有效的 JSON：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>Cannot read the assessment index %1: %2</source>
        <translation>无法读取评测指标 %1：%2</translation>
    </message>
    <message>
        <source>The assessment index %1 version %2 is not known to this DX Desk.</source>
        <translation>本版本数转工作台无法识别评测指标 %1 的 %2 版本。</translation>
    </message>
    <message>
        <source>The assessment index %1 is invalid: the top level must be a JSON object.</source>
        <translation>评测指标文件 %1 无效：顶层必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
</context>
<context>
    <name>dx::AttachmentRepository</name>
    <message>
        <source>Documents can be attached to projects and diagnoses only.</source>
        <translation>只能为改造项目和诊断添加佐证材料。</translation>
    </message>
    <message>
        <source>The record to attach the document to (id %1) does not exist.</source>
        <translation>要添加材料的记录（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; documents larger than %3 MB are not stored. Reduce the file (e.g. scan at a lower resolution) and attach it again.</source>
        <translation>%1 大小为 %2 MB，超过 %3 MB 的材料不予保存。请压缩文件（例如以较低分辨率扫描）后重新添加。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be read completely.</source>
        <translation>文件 %1 未能完整读取。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <source>Could not store the document: %1</source>
        <translation>无法保存材料：%1</translation>
    </message>
    <message>
        <source>The document (id %1) does not exist.</source>
        <translation>材料（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>The stored document %1 does not match its SHA-256 any more; it was damaged. Restore the database from a backup.</source>
        <translation>已保存的材料 %1 与其 SHA-256 校验值不符，文件已损坏。请从备份恢复数据库。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dx::AttachmentsWidget</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Payment proof</source>
        <translation>付款凭证</translation>
    </message>
    <message>
        <source>Site photo</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <source>Signed acceptance form</source>
        <translation>签字验收单</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Attach &amp;document…</source>
        <translation>添加材料(&amp;D)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>打开材料</translation>
    </message>
    <message>
        <source>No program is set up to open this file. A copy was saved as %1.</source>
        <translation>系统中没有可打开此文件的程序，已将副本保存为 %1。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>dx::AuditExport</name>
    <message>
        <source>Id</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Record uuid</source>
        <translation>记录 UUID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Row uuid</source>
        <translation>本行 UUID</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>上一条的哈希值</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>%1 audit rows do not fit in an Excel sheet (at most %2): export them to a .csv file, or a shorter period or one table at a time.</source>
        <translation>%1 条变更记录超出一张 Excel 工作表的容量（最多 %2 行）：请导出为 .csv 文件，或缩短时间段、每次只导出一个数据表。</translation>
    </message>
</context>
<context>
    <name>dx::AuditRepository</name>
    <message>
        <source>Could not write the audit record: %1</source>
        <translation>无法写入变更记录：%1</translation>
    </message>
    <message>
        <source>Could not read the end of the audit chain: %1</source>
        <translation>无法读取变更记录哈希链的末尾：%1</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>无法读取变更记录：%1</translation>
    </message>
    <message>
        <source>This database (schema version %1) predates the audit chain: open it once with this version of DX Desk, which chains its audit rows, then verify again.</source>
        <translation>该数据库（结构版本 %1）早于变更记录哈希链：请先用本版数转工作台打开一次（打开时会为其变更记录建立哈希链），再进行校验。</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message>
        <source>audit row %1 (%2, record %3, %4)</source>
        <translation>第 %1 条变更记录（%2，记录 %3，%4）</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 rows checked, the chain unbroken from the first row to row %2.</source>
        <translation>变更记录完好：已校验 %1 条，哈希链从第一条到第 %2 条完整无断。</translation>
    </message>
    <message>
        <source>The chain breaks at %1: content changed. The row no longer matches its hash; it (or its hash) was edited after it was written.</source>
        <translation>哈希链在%1处断开：内容被改动。该条记录与其哈希值不再相符，写入后它（或其哈希值）被修改过。</translation>
    </message>
    <message>
        <source>The chain breaks at %1: link broken. It is the first row but was chained to an earlier one; the rows before it were deleted.</source>
        <translation>哈希链在%1处断开：链接断开。它是现存的第一条，却链接到更早的一条；之前的记录已被删除。</translation>
    </message>
    <message>
        <source>The chain breaks at %1: link broken. It was chained to another row than row %2, the one before it now; rows between them were deleted or inserted, or row %2 was rewritten with a new hash.</source>
        <translation>哈希链在%1处断开：链接断开。它链接的不是现在位于其前的第 %2 条；两者之间的记录被删除或插入，或第 %2 条被改写并重新计算了哈希值。</translation>
    </message>
    <message>
        <source>The chain breaks at %1: anchor changed. The row has another hash than the anchor %2 taken earlier; the chain up to it was rewritten.</source>
        <translation>哈希链在%1处断开：锚点不符。该条的哈希值与以前记下的锚点 %2 不同；直到该条为止的哈希链被改写过。</translation>
    </message>
    <message>
        <source>The chain breaks at audit row %1: anchor missing. The anchor&apos;s row is gone; the newest rows were deleted (the chain is intact up to row %2).</source>
        <translation>哈希链在第 %1 条变更记录处断开：锚点缺失。锚点所在的记录已不存在，最新的若干条记录被删除（哈希链到第 %2 条为止完好）。</translation>
    </message>
    <message>
        <source>Could not chain the audit log: %1</source>
        <translation>无法为变更记录建立哈希链：%1</translation>
    </message>
</context>
<context>
    <name>dx::AuditTrailCheck</name>
    <message>
        <source>Verify audit trail</source>
        <translation>校验变更记录</translation>
    </message>
    <message>
        <source>Checking the hash chain of every audit row…</source>
        <translation>正在校验每条变更记录的哈希链…</translation>
    </message>
    <message>
        <source>%1

Last row %2, hash %3. Note them down (or keep an export): a later check with `dxdesk audit verify --anchor %2:%3` proves that nothing up to that row was rewritten.</source>
        <translation>%1

最后一条为第 %2 条，哈希值 %3。请记下（或保留一份导出）：以后用 `dxdesk audit verify --anchor %2:%3` 校验，即可证明直到该条为止的记录都未被改写。</translation>
    </message>
    <message>
        <source>%1

%2 rows before it are intact. The database itself was not changed by this check; keep a copy of the file as it is and compare it with a backup to see what was altered.</source>
        <translation>%1

在此之前的 %2 条记录完好。本次校验没有改动数据库；请原样保留一份该文件，并与备份比对，查明哪些内容被改动。</translation>
    </message>
</context>
<context>
    <name>dx::Backup</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DX Desk backup (it is not an SQLite file).</source>
        <translation>%1 不是数转工作台备份（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DX Desk database.</source>
        <translation>%1 不是数转工作台数据库。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer DX Desk (schema version %2; this version knows up to %3).</source>
        <translation>备份 %1 由更高版本的数转工作台写入（数据库结构版本 %2；本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: the integrity check cannot read it (%2).</source>
        <translation>备份 %1 已损坏：完整性检查无法读取该文件（%2）。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (integrity check: %2).</source>
        <translation>备份 %1 已损坏（完整性检查结果：%2）。</translation>
    </message>
    <message>
        <source>The backup file %1 already exists.</source>
        <translation>备份文件 %1 已存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Only an SQLite database can be backed up to a file.</source>
        <translation>只有 SQLite 数据库才能备份到文件。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was not kept: %2</source>
        <translation>备份 %1 未通过检查，未予保留：%2</translation>
    </message>
    <message>
        <source>Could not name the backup %1.</source>
        <translation>无法将备份命名为 %1。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何数据：%1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 is the database itself.</source>
        <translation>未恢复任何数据：%1 就是当前数据库本身。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 is in use (%2).</source>
        <translation>未恢复任何数据：%1 正在使用中（%2）。</translation>
    </message>
    <message>
        <source>Nothing was restored: the current database %1 could not be kept aside (%2).</source>
        <translation>未恢复任何数据：无法将当前数据库 %1 另行保留（%2）。</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3. The previous database is kept as %4.</source>
        <translation>将 %1 恢复到 %2 失败：%3。原数据库已保留为 %4。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>dx::BackupSchedule</name>
    <message>
        <source>Nothing was written, because the backup before it failed: %1</source>
        <translation>批量写入前的备份失败，未写入任何数据：%1</translation>
    </message>
    <message>
        <source>No verified backup of this database exists yet. Use File › Back up database.</source>
        <translation>该数据库尚无经过检查的备份。请使用“文件 › 备份数据库”进行备份。</translation>
    </message>
    <message numerus="yes">
        <source>The newest verified backup of this database is %n day(s) old (%1).</source>
        <translation>
            <numerusform>该数据库最近一次经过检查的备份已是 %n 天前（%1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::BackupStatus</name>
    <message>
        <source>⚠ No recent backup</source>
        <translation>⚠ 近期无备份</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Daily backup written and checked: %1 (%2 MB).</source>
        <translation>每日备份已写入并通过检查：%1（%2 MB）。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>DX Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>数转工作台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何数据：%1</translation>
    </message>
    <message>
        <source>The backup %1 (%2 MB, written %3, schema version %4) passed its check.

Restore it over %5? The current database is kept aside as a copy next to it; nothing is deleted.</source>
        <translation>备份 %1（%2 MB，写入于 %3，数据库结构版本 %4）已通过检查。

是否用它覆盖恢复 %5？当前数据库将作为副本另存在其旁边，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Restored %1 into %2 and checked it.

The previous database was %3 %4.</source>
        <translation>已将 %1 恢复到 %2 并通过检查。

原数据库已%3 %4。</translation>
    </message>
    <message>
        <source>moved, unchanged, to</source>
        <translation>原样移至</translation>
    </message>
    <message>
        <source>copied aside to</source>
        <translation>另行复制至</translation>
    </message>
    <message>
        <source>Writing the backup %1…</source>
        <translation>正在写入备份 %1…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked (%2 MB, %3 s).</source>
        <translation>备份已写入 %1 并通过检查（%2 MB，用时 %3 秒）。</translation>
    </message>
</context>
<context>
    <name>dx::BatchPrintDialog</name>
    <message>
        <source>Print dossiers</source>
        <translation>批量打印一企一档</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected enterprise(s)</source>
        <translation>
            <numerusform>所选的 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>Every enterprise of %1</source>
        <translation>%1的全部企业</translation>
    </message>
    <message>
        <source>&amp;Dossiers of:</source>
        <translation>打印范围(&amp;D)：</translation>
    </message>
    <message>
        <source>One PDF with every dossier</source>
        <translation>全部档案合并为一个 PDF 文件</translation>
    </message>
    <message>
        <source>One PDF file per enterprise, in a folder</source>
        <translation>每家企业单独生成一个 PDF 文件，保存到文件夹</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出方式：</translation>
    </message>
    <message>
        <source>Print contact phone numbers in full</source>
        <translation>打印完整的联系电话</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>打印为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the dossiers</source>
        <translation>选择一企一档的保存文件夹</translation>
    </message>
    <message>
        <source>Printing the dossiers…</source>
        <translation>正在打印一企一档…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) printed, %1 pages in all.</source>
        <translation>
            <numerusform>已打印一企一档 %n 份，共 %1 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n enterprise(s) the register lists</source>
        <translation>
            <numerusform>企业名录当前列出的 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>The enterprises the register lists</source>
        <translation>企业名录当前列出的企业</translation>
    </message>
</context>
<context>
    <name>dx::ChartExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png or .svg.</source>
        <translation>%1：请选择以 .png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>dx::ClusterDialog</name>
    <message>
        <source>Industry clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Each cluster groups GB/T 4754 industry codes (divisions such as 17, 18), separated by commas. New enterprises in those industries are suggested this cluster.</source>
        <translation>每个产业集群对应若干国民经济行业分类（GB/T 4754）代码（如 17、18 等大类代码），代码之间以逗号分隔。新增企业属于这些行业时，系统将建议将其归入该产业集群。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry codes</source>
        <translation>行业代码</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>&amp;Add cluster</source>
        <translation>添加产业集群(&amp;A)</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>新产业集群</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Enterprises of the cluster to be transformed (project accepted) by the end of the programme; 0 for none.</source>
        <translation>本集群到专项结束时应完成改造（项目通过验收）的企业数；0 表示未设目标。</translation>
    </message>
</context>
<context>
    <name>dx::ClusterRepository</name>
    <message>
        <source>The cluster no longer exists.</source>
        <translation>该产业集群已不存在。</translation>
    </message>
    <message>
        <source>A cluster needs a name.</source>
        <translation>请填写产业集群名称。</translation>
    </message>
    <message>
        <source>A cluster named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的产业集群已存在。</translation>
    </message>
    <message>
        <source>Could not save the cluster: %1</source>
        <translation>无法保存产业集群：%1</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation>产业集群“%1”在您打开后已被他人修改。请重新加载后再进行修改。</translation>
    </message>
    <message>
        <source>A cluster&apos;s target cannot be negative.</source>
        <translation>集群目标不能为负数。</translation>
    </message>
</context>
<context>
    <name>dx::Comparison</name>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>未达级</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
</context>
<context>
    <name>dx::ComparisonDialog</name>
    <message>
        <source>Compare diagnoses</source>
        <translation>对比诊断记录</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评测项</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Business scenes</source>
        <translation>业务场景</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>诊断对比</translation>
    </message>
</context>
<context>
    <name>dx::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by %2 at %3 after you opened it; your edit is not saved yet.</source>
        <translation>在您打开“%1”之后，%2 于 %3 保存了它；您的修改尚未保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Keep your version (it replaces the stored one and is recorded in the history), take the stored version (your edit is dropped), or cancel to go back to your edit.</source>
        <translation>
            <numerusform>有 %n 个字段不同。可以保留您的版本（替换已保存的版本，并记入变更记录），采用已保存的版本（放弃您的修改），或取消并回到您的修改。</numerusform>
        </translation>
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
        <source>Stored version (%1, %2)</source>
        <translation>已保存的版本（%1，%2）</translation>
    </message>
    <message>
        <source>What you have in the editor, not saved</source>
        <translation>编辑器中尚未保存的内容</translation>
    </message>
    <message>
        <source>Saved by %1 at %2</source>
        <translation>由 %1 于 %2 保存</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>&amp;Show the fields that are the same</source>
        <translation>显示相同的字段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>Save your version over the stored one; the history records what it replaced</source>
        <translation>用您的版本覆盖已保存的版本；变更记录中会记下被替换的内容</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Show the stored version in the editor; your unsaved edit is dropped</source>
        <translation>在编辑器中显示已保存的版本，放弃您尚未保存的修改</translation>
    </message>
    <message>
        <source>Back to the editor with your edit; nothing is saved</source>
        <translation>返回编辑器并保留您的修改，不保存任何内容</translation>
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
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>Not saved: &quot;%1&quot; was saved by %2 at %3 after you opened it. Save again to compare the two versions.</source>
        <translation>未保存：在您打开“%1”之后，%2 于 %3 保存了它。再次保存即可比较两个版本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by %2 at %3 after you opened it; you had changed nothing, so that version is shown now.</source>
        <translation>在您打开“%1”之后，%2 于 %3 保存了它；您没有做任何修改，现已显示该版本。</translation>
    </message>
</context>
<context>
    <name>dx::ConflictReviewDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Diagnosis of %1 by %2</source>
        <translation>%2 于 %1 所做的诊断</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>审核冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>下发时的值</translation>
    </message>
    <message>
        <source>Bureau&apos;s value</source>
        <translation>局端值</translation>
    </message>
    <message>
        <source>Field&apos;s value</source>
        <translation>外业值</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>&amp;Apply decisions</source>
        <translation>应用处理决定(&amp;A)</translation>
    </message>
    <message>
        <source>These fields were changed both at the bureau and in the field. Nothing was overwritten: decide for each field which value stands.</source>
        <translation>以下字段在局端和外业两边都被修改过。系统未覆盖任何数据：请逐个字段决定以哪一方的值为准。</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Keep the bureau&apos;s value</source>
        <translation>保留局端值</translation>
    </message>
    <message>
        <source>Take the field&apos;s value</source>
        <translation>采用外业值</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>待处理的冲突共 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>现场诊断日期</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评测人员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>诊断发现</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>评测项 %1 的答案</translation>
    </message>
</context>
<context>
    <name>dx::ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>A bureau&apos;s officers share one PostgreSQL database. Ask its administrator for the address and your login; your role (administrator, officer, provider, viewer) comes with the login.</source>
        <translation>局里的工作人员共用一个 PostgreSQL 数据库。请向其管理员索取地址和您的登录名；您的角色（管理员、工作人员、服务商、只读用户）随登录名而定。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>dx::CostCategory</name>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Cloud services</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施服务</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>运维</translation>
    </message>
</context>
<context>
    <name>dx::CreditCode::Check</name>
    <message>
        <source>The check digit of the organisation code (position 17) looks wrong; please verify the code.</source>
        <translation>组织机构代码的校验码（第 17 位）似乎有误，请核对该代码。</translation>
    </message>
    <message>
        <source>The unified social credit code is required.</source>
        <translation>统一社会信用代码为必填项。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，当前输入为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a unified social credit code (the letters I, O, S, V and Z are never used).</source>
        <translation>第 %1 位字符（“%2”）不能出现在统一社会信用代码中（代码中不使用字母 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The check character is wrong: it should be %1, not %2. The code was probably mistyped.</source>
        <translation>校验码有误：应为 %1，而非 %2。该代码可能录入有误。</translation>
    </message>
</context>
<context>
    <name>dx::CsvReader</name>
    <message>
        <source>%1 is not a text (CSV) file: it contains binary data.</source>
        <translation>%1 不是文本（CSV）文件：其中包含二进制数据。</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (.xlsx) or another zip file, not a CSV file. Import it as an Excel workbook.</source>
        <translation>%1 是 Excel 工作簿（.xlsx）或其他 zip 压缩包，而不是 CSV 文件。请将其作为 Excel 工作簿导入。</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook, not a CSV file. Open it in Excel and save it as .xlsx or as CSV.</source>
        <translation>%1 是旧版 Excel .xls 工作簿，而不是 CSV 文件。请在 Excel 中打开，另存为 .xlsx 或 CSV 格式。</translation>
    </message>
    <message>
        <source>%1 is marked as UTF-16 text but its content is not valid UTF-16.</source>
        <translation>%1 标记为 UTF-16 文本，但其内容不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>The encoding of %1 is not recognised: it is neither UTF-8, UTF-16 nor GB18030/GBK text. Save it from Excel or WPS as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>无法识别 %1 的编码：它既不是 UTF-8、UTF-16 文本，也不是 GB18030/GBK 文本。请在 Excel 或 WPS 中将其另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
    <message>
        <source>Row %1, column %2 of %3: the cell has %4 characters; a cell may hold at most %5.</source>
        <translation>%3 第 %1 行第 %2 列：该单元格有 %4 个字符，单元格最多只能容纳 %5 个字符。</translation>
    </message>
    <message>
        <source>Row %1 of %2 has more than %3 columns.</source>
        <translation>%2 第 %1 行超过 %3 列。</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, more than can be imported at once.</source>
        <translation>%1 包含的单元格超过 %2 个，超出单次可导入的上限。</translation>
    </message>
    <message>
        <source>Row %1, column %2 of %3: a quoted field is never closed (its closing &quot; is missing).</source>
        <translation>%3 第 %1 行第 %2 列：带引号的字段没有结束（缺少作为结尾的 &quot;）。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; CSV files over %3 MB cannot be imported. Split it into smaller files.</source>
        <translation>%1 大小为 %2 MB，超过 %3 MB 的 CSV 文件无法导入。请将其拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 contains no data (only empty lines or empty fields).</source>
        <translation>%1 不含任何数据（只有空行或空字段）。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>该数据</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
</context>
<context>
    <name>dx::CsvWriter</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder is writable, the disk is not full and the file is not open in another program.</source>
        <translation>无法写入 %1：%2。请检查该文件夹是否可写入、磁盘空间是否已满，以及该文件是否已在其他程序中打开。</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>无法写入 %1：文件未打开。</translation>
    </message>
</context>
<context>
    <name>dx::DashboardWidget</name>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Progress figures</source>
        <translation>进展数据</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>全部产业集群</translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>未归入产业集群</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>规上 and 规下</source>
        <translation>规上与规下</translation>
    </message>
    <message>
        <source>规上 only</source>
        <translation>仅规上</translation>
    </message>
    <message>
        <source>规下 only</source>
        <translation>仅规下</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部梯度</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>全部资金</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册企业</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>已诊断</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>已备案项目</translation>
    </message>
    <message>
        <source>Diagnosis → project</source>
        <translation>诊断转项目率</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>二级 or above after</source>
        <translation>改造后达二级及以上</translation>
    </message>
    <message>
        <source>规上 at 二级+</source>
        <translation>规上企业达二级及以上</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准奖补</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Provider ranking</source>
        <translation>服务商排名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Enterprises served</source>
        <translation>服务企业数</translation>
    </message>
    <message>
        <source>Projects filed</source>
        <translation>备案项目数</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>验收未通过</translation>
    </message>
    <message>
        <source>Milestones on time</source>
        <translation>里程碑按期率</translation>
    </message>
    <message>
        <source>Average uplift</source>
        <translation>平均提升等级</translation>
    </message>
    <message>
        <source>Gap to the %1% target</source>
        <translation>距 %1% 目标尚差（家）</translation>
    </message>
    <message>
        <source>Accepted / cluster target</source>
        <translation>已验收 / 集群目标</translation>
    </message>
    <message>
        <source>Double-click a count to list its enterprises.</source>
        <translation>双击数字可列出对应企业。</translation>
    </message>
</context>
<context>
    <name>dx::Database</name>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>无法配置数据库：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a DX Desk database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 不是数转工作台数据库（不是 SQLite 文件）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a DX Desk database. It was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是数转工作台数据库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer DX Desk (schema version %2; this version knows up to %3). Update DX Desk to open it. The file was left untouched.</source>
        <translation>%1 由更高版本的数转工作台写入（数据库结构版本 %2；本版本最高支持 %3）。请升级数转工作台后再打开。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). Restore it from a backup. The file was left untouched.</source>
        <translation>%1 已损坏（完整性检查结果：%2）。请从备份中恢复。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>升级前的备份失败，数据库未升级：%1</translation>
    </message>
    <message>
        <source>Upgrading %1 from schema version %2 failed and was undone: %3</source>
        <translation>%1 从数据库结构版本 %2 升级失败，已撤销全部更改：%3</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation>%1 不是 PostgreSQL 地址。请写作 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a DX Desk database. It was left untouched.</source>
        <translation>%1 中是其他程序的数据表，不是数转工作台数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer DX Desk (schema version %2; this version knows up to %3). Update DX Desk to open it. The database was left untouched.</source>
        <translation>%1 由更新版本的数转工作台写入（结构版本 %2；本版本最高支持 %3）。请升级数转工作台后再打开。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Your role does not allow this (the server said: %1)</source>
        <translation>您的角色不允许此操作（服务器返回：%1）</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and this DX Desk needs %3. The upgrade is made once by the database&apos;s owner (an administrator&apos;s login): ask them to open it first. Nothing was changed.</source>
        <translation>%1 的数据库结构版本为 %2，本版 DX Desk 需要 %3。升级须由数据库所有者（管理员的登录名）执行一次：请先让其打开数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>The database file is in use by another program that is writing to it (for example a demonstration load or a large import started from the command line), until that work ends. Try again when it has finished. (SQLite: %1)</source>
        <translation>数据库文件正被另一个程序写入（例如从命令行启动的演示数据生成或大批量导入），在其完成前无法使用。请待其完成后再试。（SQLite：%1）</translation>
    </message>
</context>
<context>
    <name>dx::DemoCityGenerator</name>
    <message>
        <source>The demonstration data is missing from the application.</source>
        <translation>应用程序中缺少演示数据。</translation>
    </message>
    <message>
        <source>The number of enterprises must be between 0 and 50,000,000.</source>
        <translation>企业数量必须在 0 至 50,000,000 之间。</translation>
    </message>
    <message>
        <source>The demonstration data file is incomplete.</source>
        <translation>演示数据文件不完整。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>操作已取消，未添加任何数据。</translation>
    </message>
</context>
<context>
    <name>dx::DemoLoader</name>
    <message>
        <source>Demonstration city</source>
        <translation>演示城市</translation>
    </message>
    <message>
        <source>Add generated, invented enterprises to this database.</source>
        <translation>向当前数据库添加自动生成的虚构企业。</translation>
    </message>
    <message>
        <source>Enterprises:</source>
        <translation>企业数量：</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>使用空数据库(&amp;E)</translation>
    </message>
    <message>
        <source>Generating %1 enterprises…</source>
        <translation>正在生成 %1 家企业…</translation>
    </message>
    <message>
        <source>The database is empty. Load a demonstration city (揭阳-like: five districts, the pilot clusters 纺织服装, 塑胶, 五金制造, 食品加工 …) to try DX Desk at once? The enterprises are invented. Or import your own enterprise ledger (Excel or CSV).</source>
        <translation>当前数据库为空。是否加载一个演示城市（参照揭阳：五个区县，纺织服装、塑胶、五金制造、食品加工等试点产业集群），以便立即试用数转工作台？其中的企业均为虚构。也可以导入本单位的企业台账（Excel 或 CSV）。</translation>
    </message>
    <message>
        <source>&amp;Import our ledger…</source>
        <translation>导入本单位台账(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>dx::Diagnosis</name>
    <message>
        <source>Baseline diagnosis</source>
        <translation>改造前诊断</translation>
    </message>
    <message>
        <source>Post-transformation assessment</source>
        <translation>改造后评测</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>dx::DiagnosisFormDialog</name>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Total score (%1 version records the total only)</source>
        <translation>总分（%1 版仅记录总分）</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>得分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>评测问卷(&amp;Q)</translation>
    </message>
    <message>
        <source>Business &amp;scenes</source>
        <translation>业务场景(&amp;S)</translation>
    </message>
    <message>
        <source>Gap to the next level</source>
        <translation>距下一等级的差距</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>诊断发现(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>改进建议(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Gap and findings</source>
        <translation>差距与诊断发现(&amp;G)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>诊断类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Visit date</source>
        <translation>现场诊断日期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>诊断服务商(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Assessor</source>
        <translation>评测人员(&amp;A)</translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>评测指标：%1</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>有尚未保存的更改…</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 分</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>未达级</translation>
    </message>
    <message>
        <source>Most points for the least change:</source>
        <translation>改动最小、提分最多的改进项：</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Confirm diagnosis</source>
        <translation>确认诊断</translation>
    </message>
    <message>
        <source>After confirmation the diagnosis can no longer be changed; corrections are made in a new revision that keeps this one. Confirm?</source>
        <translation>确认后，该诊断将不能再修改；如需更正，须新建修订版，本诊断将予以保留。是否确认？</translation>
    </message>
    <message>
        <source>superseded by a revision</source>
        <translation>已被修订版取代</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Diagnosis not saved</source>
        <translation>诊断未保存</translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close anyway and lose them?</source>
        <translation>最近的更改未能保存。是否仍要关闭并放弃这些更改？</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>佐证材料(&amp;E)</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
</context>
<context>
    <name>dx::DiagnosisListWidget</name>
    <message>
        <source>Visit date</source>
        <translation>现场诊断日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>诊断类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>评测指标</translation>
    </message>
    <message>
        <source>New &amp;diagnosis…</source>
        <translation>新建诊断(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;vise…</source>
        <translation>修订(&amp;V)…</translation>
    </message>
    <message>
        <source>Correct a confirmed diagnosis in a new revision; the confirmed one is kept.</source>
        <translation>通过新建修订版更正已确认的诊断，原已确认的诊断将予以保留。</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <source>Select two diagnoses to compare them item by item.</source>
        <translation>请选择两条诊断记录，逐项进行对比。</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断记录</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation>（已被修订版取代）</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>未达级</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>新建诊断</translation>
    </message>
    <message>
        <source>Revise diagnosis</source>
        <translation>修订诊断</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>诊断报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Print preview, print or export the diagnosis report of the selected diagnosis.</source>
        <translation>对所选诊断的诊断报告进行打印预览、打印或导出。</translation>
    </message>
</context>
<context>
    <name>dx::DiagnosisRepository</name>
    <message>
        <source>The diagnosis (id %1) does not exist.</source>
        <translation>该诊断（id %1）不存在。</translation>
    </message>
    <message>
        <source>No assessment index is installed.</source>
        <translation>尚未安装评测指标。</translation>
    </message>
    <message>
        <source>Could not create the diagnosis: %1</source>
        <translation>无法创建诊断：%1</translation>
    </message>
    <message>
        <source>Could not store the diagnoses: %1</source>
        <translation>无法保存诊断记录：%1</translation>
    </message>
    <message>
        <source>This diagnosis is confirmed and cannot be changed; create a revision to correct it.</source>
        <translation>该诊断已确认，不能修改；如需更正，请新建修订版。</translation>
    </message>
    <message>
        <source>The diagnosis was changed by %1 at %2 after you opened it; your edit was not saved.</source>
        <translation>您打开该诊断后，%1 已于 %2 对其进行了修改；您的编辑未保存。</translation>
    </message>
    <message>
        <source>Could not save the diagnosis: %1</source>
        <translation>无法保存诊断：%1</translation>
    </message>
    <message>
        <source>The diagnosis was changed by %1 at %2 after you opened it.</source>
        <translation>您打开该诊断后，%1 已于 %2 对其进行了修改。</translation>
    </message>
    <message>
        <source>The diagnosis is %1; it cannot become %2.</source>
        <translation>该诊断当前状态为“%1”，不能变更为“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>%n required item(s) are not answered: %1</source>
        <translation>
            <numerusform>有 %n 个必答项未作答：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the diagnosis: %1</source>
        <translation>无法变更诊断：%1</translation>
    </message>
    <message>
        <source>Only a confirmed, current diagnosis is corrected by a revision; a draft can simply be edited.</source>
        <translation>仅已确认且为当前有效版本的诊断需通过修订版更正；草稿可直接编辑。</translation>
    </message>
    <message>
        <source>The diagnosis was replaced by a confirmed revision and cannot change.</source>
        <translation>该诊断已被确认的修订版取代，不能再更改。</translation>
    </message>
    <message>
        <source>The total score is not recorded.</source>
        <translation>尚未录入总分。</translation>
    </message>
    <message>
        <source>A revision of this diagnosis is already open (id %1); finish it first.</source>
        <translation>该诊断已有一个未完成的修订版（编号 %1），请先完成该修订版。</translation>
    </message>
</context>
<context>
    <name>dx::Eligibility</name>
    <message>
        <source>no level</source>
        <translation>未达级</translation>
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
        <source>the eligible cost lines</source>
        <translation>可奖补费用明细合计</translation>
    </message>
    <message>
        <source>the contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>the invoices excluding tax</source>
        <translation>发票不含税金额</translation>
    </message>
    <message>
        <source>the payment proofs</source>
        <translation>付款凭证金额</translation>
    </message>
    <message>
        <source>The project must be accepted: there is no project; not met.</source>
        <translation>项目须已验收通过：未关联项目；不满足。</translation>
    </message>
    <message>
        <source>The project must be accepted: it is %1; %2.</source>
        <translation>项目须已验收通过：项目当前状态为“%1”；%2。</translation>
    </message>
    <message>
        <source>None of the policy&apos;s awards applies to this enterprise; not met.</source>
        <translation>该政策的奖励项均不适用于本企业；不满足。</translation>
    </message>
    <message>
        <source>The policy computes the amount from a project&apos;s costs: the application names no project; not met.</source>
        <translation>该政策按项目费用计算金额：本申请未关联项目；不满足。</translation>
    </message>
    <message>
        <source>Post-transformation level at least %1: the achieved level is %2; %3.</source>
        <translation>改造后等级须不低于%1：实际等级为%2；%3。</translation>
    </message>
    <message>
        <source>The policy sets caps from %1 up; the achieved level is %2, which has no cap and gets nothing; not met.</source>
        <translation>该政策仅对%1及以上等级设定上限；实际等级为%2，未设上限，不予补助；不满足。</translation>
    </message>
    <message>
        <source>revenue %1 (at most %2)</source>
        <translation>营业收入 %1（上限 %2）</translation>
    </message>
    <message>
        <source>%1 staff (at most %2)</source>
        <translation>从业人数 %1 人（上限 %2 人）</translation>
    </message>
    <message>
        <source>both are required</source>
        <translation>须同时满足</translation>
    </message>
    <message>
        <source>either is enough</source>
        <translation>满足其一即可</translation>
    </message>
    <message>
        <source>Enterprise size: %1; %2; %3.</source>
        <translation>企业规模：%1；%2；%3。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Contract date within %1: the project has no contract date; not met.</source>
        <translation>合同签订日期须在规定期限（%1）内：项目未填写合同签订日期；不满足。</translation>
    </message>
    <message>
        <source>Contract signed on %1, inside the window %2; met.</source>
        <translation>合同签订于 %1，在规定期限（%2）内；满足。</translation>
    </message>
    <message>
        <source>Contract signed on %1, outside the window %2; not met.</source>
        <translation>合同签订于 %1，不在规定期限（%2）内；不满足。</translation>
    </message>
    <message>
        <source>Condition %1: %2.</source>
        <translation>条件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>a showcase project</source>
        <translation>样板项目</translation>
    </message>
    <message>
        <source>no condition</source>
        <translation>无条件</translation>
    </message>
    <message>
        <source>Award &quot;%1&quot; (%2): %3; applies, the largest award that matches.</source>
        <translation>奖励项“%1”（%2）：%3；适用，为符合条件的最高奖励。</translation>
    </message>
    <message>
        <source>Award &quot;%1&quot; (%2): %3; matches, but a larger award applies.</source>
        <translation>奖励项“%1”（%2）：%3；符合条件，但适用更高的奖励。</translation>
    </message>
    <message>
        <source>the enterprise&apos;s tier expired on %1</source>
        <translation>企业的专精特新梯度已于 %1 到期</translation>
    </message>
    <message>
        <source>the project is not a showcase project</source>
        <translation>项目不是样板项目</translation>
    </message>
    <message>
        <source>the enterprise&apos;s tier is lower</source>
        <translation>企业的专精特新梯度较低</translation>
    </message>
    <message>
        <source>Award &quot;%1&quot; (%2): %3; does not apply: %4.</source>
        <translation>奖励项“%1”（%2）：%3；不适用：%4。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cost line %1: %2; counts.</source>
        <translation>费用明细 %1：%2；计入。</translation>
    </message>
    <message>
        <source>Cost line %1: %2; does not count: marked not eligible on the project.</source>
        <translation>费用明细 %1：%2；不计入：已在项目中标记为不可奖补。</translation>
    </message>
    <message>
        <source>Cost line %1: %2; does not count: the policy excludes %3.</source>
        <translation>费用明细 %1：%2；不计入：政策排除“%3”类费用。</translation>
    </message>
    <message>
        <source>Cost line %1: %2; does not count: %3 is not an eligible category of the policy.</source>
        <translation>费用明细 %1：%2；不计入：“%3”不属于政策规定的可补助费用类别。</translation>
    </message>
    <message>
        <source>Eligible cost lines in total: %1.</source>
        <translation>可奖补费用明细合计：%1。</translation>
    </message>
    <message>
        <source>Contract amount: %1.</source>
        <translation>合同金额：%1。</translation>
    </message>
    <message>
        <source>Invoices excluding tax (count %1): %2.</source>
        <translation>发票不含税金额（共 %1 张）：%2。</translation>
    </message>
    <message>
        <source>Payment proofs (count %1): %2.</source>
        <translation>付款凭证（共 %1 笔）：%2。</translation>
    </message>
    <message>
        <source>Verified cost, the smallest of eligible costs, contract, invoices and payments: %1 (%2).</source>
        <translation>核定成本（取可奖补费用、合同金额、发票金额和付款金额中的最小值）：%1（%2）。</translation>
    </message>
    <message>
        <source>At most %1 of the verified cost %2 = %3; this limits the award.</source>
        <translation>不超过核定成本 %2 的 %1 = %3；奖励金额以此为限。</translation>
    </message>
    <message>
        <source>At most %1 of the verified cost %2 = %3; the award is within it.</source>
        <translation>不超过核定成本 %2 的 %1 = %3；奖励金额未超出此限。</translation>
    </message>
    <message>
        <source>%1 × %2 = %3 (rounded down to the fen).</source>
        <translation>%1 × %2 = %3（按分向下取整）。</translation>
    </message>
    <message>
        <source>%1, used for the achieved %2</source>
        <translation>%1（实际达到%2，适用此档）</translation>
    </message>
    <message>
        <source>Cap for %1: %2; applies, the amount is reduced to it.</source>
        <translation>%1对应上限：%2；已触及上限，金额核减至该上限。</translation>
    </message>
    <message>
        <source>Cap for %1: %2; not reached.</source>
        <translation>%1对应上限：%2；未达到上限。</translation>
    </message>
    <message>
        <source>Cap per application: %1; applies, the amount is reduced to it.</source>
        <translation>单次申请上限：%1；已触及上限，金额核减至该上限。</translation>
    </message>
    <message>
        <source>Cap per application: %1; not reached.</source>
        <translation>单次申请上限：%1；未达到上限。</translation>
    </message>
    <message>
        <source>Eligible amount: %1.</source>
        <translation>可补助金额：%1。</translation>
    </message>
    <message>
        <source>Not eligible: a condition is not met; eligible amount %1.</source>
        <translation>不符合条件：有条件未满足；可补助金额为 %1。</translation>
    </message>
    <message>
        <source>The stored explanation has an unknown format.</source>
        <translation>已保存的核算说明格式无法识别。</translation>
    </message>
    <message>
        <source>The stored explanation has a line of an unknown kind.</source>
        <translation>已保存的核算说明中含有无法识别的条目类型。</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseCells</name>
    <message>
        <source>More than one district has this name; give its 6-digit code.</source>
        <translation>有多个区县使用此名称，请填写其 6 位区县代码。</translation>
    </message>
    <message>
        <source>Not a known district (a name such as 榕城区 or a 6-digit GB/T 2260 code).</source>
        <translation>不是已知的区县（应填写区县名称，如榕城区，或 6 位 GB/T 2260 代码）。</translation>
    </message>
    <message>
        <source>Not a known industry (a GB/T 4754 code such as 13 or C13, or its name).</source>
        <translation>不是已知的行业（应填写 GB/T 4754 行业代码，如 13 或 C13，或行业名称）。</translation>
    </message>
    <message>
        <source>The enterprise name is missing.</source>
        <translation>缺少企业名称。</translation>
    </message>
    <message>
        <source>The credit code is missing.</source>
        <translation>缺少统一社会信用代码。</translation>
    </message>
    <message>
        <source>Not one of the city&apos;s clusters (Reference data → Industry clusters).</source>
        <translation>不是本市的产业集群（见“基础数据 → 产业集群”）。</translation>
    </message>
    <message>
        <source>Write 规上 or 规下 (是 or 否).</source>
        <translation>请填写“规上”或“规下”（也可填“是”或“否”）。</translation>
    </message>
    <message>
        <source>The number of employees is too large.</source>
        <translation>从业人数过大。</translation>
    </message>
    <message>
        <source>Not a 专精特新 tier (创新型中小企业, 专精特新中小企业, 专精特新&quot;小巨人&quot;, 单项冠军 or empty).</source>
        <translation>不是专精特新梯度（应为创新型中小企业、专精特新中小企业、专精特新“小巨人”、单项冠军，或留空）。</translation>
    </message>
    <message>
        <source>Not a phone number (digits, spaces, +, - and brackets only).</source>
        <translation>不是有效的电话号码（只能包含数字、空格、+、- 和括号）。</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseEditorDialog</name>
    <message>
        <source>Edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变更记录(&amp;H)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>企业名称(&amp;N) *</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91445202MA4UJ3WQ2K</source>
        <translation>18 位，例如 91445202MA4UJ3WQ2K</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code *</source>
        <translation>统一社会信用代码(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>所属区县(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Industry (GB/T 4754)</source>
        <translation>所属行业（GB/T 4754）(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;luster</source>
        <translation>产业集群(&amp;L)</translation>
    </message>
    <message>
        <source>Above designated size (规上)</source>
        <translation>规模以上企业（规上）</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>从业人数(&amp;E)</translation>
    </message>
    <message>
        <source>in 10k yuan, e.g. 2350.5</source>
        <translation>单位：万元，例如 2350.5</translation>
    </message>
    <message>
        <source>Annual &amp;revenue (10k yuan)</source>
        <translation>年营业收入（万元）(&amp;R)</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>&amp;Tier (专精特新)</source>
        <translation>专精特新梯度(&amp;T)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show and edit the full number. Personal information: this is recorded in the history.</source>
        <translation>显示并编辑完整号码。此号码属于个人信息，查看操作将记入变更记录。</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Archived (hidden from the register, never deleted)</source>
        <translation>已归档（不在企业名录中显示，但不会删除）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Valid: check character %1 is right.</source>
        <translation>有效：校验码 %1 正确。</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是有效数字</translation>
    </message>
    <message>
        <source>The annual revenue &quot;%1&quot; is not a number of 10k yuan.</source>
        <translation>年营业收入“%1”不是有效的数值（单位：万元）。</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>基本信息(&amp;F)</translation>
    </message>
    <message>
        <source>Cont&amp;act person</source>
        <translation>联系人(&amp;A)</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Service co&amp;mmissioner</source>
        <translation>服务专员(&amp;M)</translation>
    </message>
    <message>
        <source>Dia&amp;gnoses</source>
        <translation>诊断记录(&amp;G)</translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation>改造项目(&amp;J)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Print &amp;dossier…</source>
        <translation>打印一企一档(&amp;D)…</translation>
    </message>
    <message>
        <source> (another number)</source>
        <translation>（另一个号码）</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseExport</name>
    <message>
        <source>%1 (10k yuan)</source>
        <translation>%1（万元）</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业名录</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseHistory</name>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Above scale</source>
        <translation>是否规上</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>专精特新梯度</translation>
    </message>
    <message>
        <source>Tier valid until</source>
        <translation>梯度有效期至</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation>服务专员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Full phone number shown</source>
        <translation>查看完整电话号码</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
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
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Generated demonstration data (seed %1)</source>
        <translation>生成的演示数据（随机种子 %1）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseImport</name>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Above scale (规上)</source>
        <translation>规上/规下</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>专精特新 tier</source>
        <translation>专精特新梯度</translation>
    </message>
    <message>
        <source>Tier valid until</source>
        <translation>梯度有效期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Service commissioner</source>
        <translation>服务专员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The same credit code as row %1 of this file.</source>
        <translation>与本文件第 %1 行的信用代码重复。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Row for %1: %2 Nothing was imported.</source>
        <translation>信用代码为 %1 的行：%2 未导入任何数据。</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseListWidget</name>
    <message>
        <source>Search name or credit code (Ctrl+F)</source>
        <translation>搜索企业名称或信用代码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>专精特新梯度</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列不支持排序。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>New enterprise (Ctrl+N)</source>
        <translation>新建企业（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit the selected enterprise (Enter)</source>
        <translation>编辑所选企业（Enter）</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot list enterprises</source>
        <translation>无法加载企业列表</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>全部产业集群</translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>未归入产业集群</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部梯度</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>全部规模</translation>
    </message>
    <message>
        <source>Above scale</source>
        <translation>规上</translation>
    </message>
    <message>
        <source>Below scale</source>
        <translation>规下</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>未归档</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>全部（含已归档）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation>共 %1 家企业</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archive enterprise</source>
        <translation>归档企业</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It disappears from the register but is kept with its whole history; you can restore it from the &quot;Archived&quot; filter.</source>
        <translation>是否归档“%1”？归档后该企业将不再显示在企业名录中，但其信息及全部变更记录仍予保留；您可以在“已归档”筛选条件下将其恢复。</translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation>已归档“%1”。</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>edit of &quot;%1&quot;</source>
        <translation>对“%1”的修改</translation>
    </message>
    <message>
        <source>archiving of &quot;%1&quot;</source>
        <translation>对“%1”的归档</translation>
    </message>
    <message>
        <source>restoring of &quot;%1&quot;</source>
        <translation>对“%1”的恢复</translation>
    </message>
    <message>
        <source>Enterprise register</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Stage in the programme</source>
        <translation>专项进展阶段</translation>
    </message>
    <message>
        <source>Stage in the programme as of %1</source>
        <translation>截至 %1 的专项进展阶段</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseRepository</name>
    <message>
        <source>Could not list enterprises</source>
        <translation>无法加载企业列表</translation>
    </message>
    <message>
        <source>Could not count enterprises</source>
        <translation>无法统计企业数量</translation>
    </message>
    <message>
        <source>Could not read the enterprise</source>
        <translation>无法读取企业信息</translation>
    </message>
    <message>
        <source>The enterprise (id %1) does not exist.</source>
        <translation>该企业（ID %1）不存在。</translation>
    </message>
    <message>
        <source>No enterprise has the credit code %1.</source>
        <translation>未找到信用代码为 %1 的企业。</translation>
    </message>
    <message>
        <source>The enterprise name is required.</source>
        <translation>企业名称为必填项。</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>从业人数不能为负数。</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>年营业收入不能为负数。</translation>
    </message>
    <message>
        <source>The contact phone &quot;%1&quot; is not a phone number (digits, spaces, +, - and brackets only).</source>
        <translation>联系电话“%1”不是有效的电话号码（只能包含数字、空格、+、- 和括号）。</translation>
    </message>
    <message>
        <source>The district code %1 is not known.</source>
        <translation>区县代码 %1 无法识别。</translation>
    </message>
    <message>
        <source>The industry code %1 is not known.</source>
        <translation>行业代码 %1 无法识别。</translation>
    </message>
    <message>
        <source>Could not check the credit code</source>
        <translation>无法核验信用代码</translation>
    </message>
    <message>
        <source>The credit code %1 is already registered for &quot;%2&quot;.</source>
        <translation>信用代码 %1 已登记为企业“%2”所有。</translation>
    </message>
    <message>
        <source>The credit code %1 is already registered.</source>
        <translation>信用代码 %1 已被登记。</translation>
    </message>
    <message>
        <source>Could not save the enterprise &quot;%1&quot;</source>
        <translation>无法保存企业“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 after you opened it. Your edit was not saved; reload the enterprise and make your change again.</source>
        <translation>在您打开“%1”之后，%2 已于 %3 对其进行了修改。您的修改未保存，请重新加载该企业后再次修改。</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;</source>
        <translation>无法保存“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while saving; nothing was saved.</source>
        <translation>保存期间“%1”已被他人修改，未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not save enterprises</source>
        <translation>无法保存企业信息</translation>
    </message>
    <message>
        <source>Cancelled; no enterprise was added.</source>
        <translation>操作已取消，未添加任何企业。</translation>
    </message>
    <message>
        <source>Row %1 (&quot;%2&quot;): %3</source>
        <translation>第 %1 行（“%2”）：%3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Could not index the new enterprises for search</source>
        <translation>无法为新增企业建立搜索索引</translation>
    </message>
    <message>
        <source>Could not read the districts</source>
        <translation>无法读取区县数据</translation>
    </message>
    <message>
        <source>Could not read the industries</source>
        <translation>无法读取行业数据</translation>
    </message>
    <message>
        <source>Could not read the credit codes</source>
        <translation>无法读取信用代码</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseStageRepository</name>
    <message>
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>已诊断</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>已备案项目</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Level 2 or above after transformation</source>
        <translation>改造后达二级及以上</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseTableModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Above scale</source>
        <translation>规上</translation>
    </message>
    <message>
        <source>Below scale</source>
        <translation>规下</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>专精特新梯度</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation>服务专员</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Level of the latest confirmed diagnosis</source>
        <translation>最近一次已确认诊断的等级</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>未达级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>数字化等级</translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseUndoCommand</name>
    <message>
        <source>&quot;%1&quot; was changed again by %2 at %3; the undo was not applied.</source>
        <translation>“%1”已于 %3 被 %2 再次修改，未执行撤销。</translation>
    </message>
</context>
<context>
    <name>dx::FieldPackage</name>
    <message>
        <source>The package is refused: it carries no valid signing key for the provider.</source>
        <translation>已拒绝该数据包：其中没有服务商的有效签名密钥。</translation>
    </message>
    <message>
        <source>The package uses the assessment index %1, which this DX Desk does not have in the same version. Update DX Desk on this computer.</source>
        <translation>数据包使用的评测指标 %1 与本机数转工作台中的版本不一致。请升级本机的数转工作台。</translation>
    </message>
    <message>
        <source>The package names no valid bureau key.</source>
        <translation>数据包中没有有效的局端密钥。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the field database; nothing was overwritten.</source>
        <translation>%1 已存在。请为外业数据库另选一个新文件；未覆盖任何文件。</translation>
    </message>
    <message>
        <source>The package is refused: it was signed with the key %1, not with the bureau&apos;s key %2 you were given.</source>
        <translation>已拒绝该数据包：它是用指纹为 %1 的密钥签名的，而不是用中小企业局提供给您的密钥（指纹 %2）签名的。</translation>
    </message>
</context>
<context>
    <name>dx::FundRepository</name>
    <message>
        <source>A fund needs a name.</source>
        <translation>请填写资金名称。</translation>
    </message>
    <message>
        <source>A fund needs a positive total.</source>
        <translation>资金总额须大于零。</translation>
    </message>
    <message>
        <source>Unknown fund source.</source>
        <translation>未知的资金来源。</translation>
    </message>
    <message>
        <source>The fund&apos;s period ends (%2) before it starts (%1).</source>
        <translation>资金使用期限的结束日期（%2）早于开始日期（%1）。</translation>
    </message>
    <message>
        <source>A share of the fund must be between 0% and 100%.</source>
        <translation>资金分配比例须在 0% 至 100% 之间。</translation>
    </message>
    <message>
        <source>The fund (id %1) does not exist.</source>
        <translation>资金（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>Could not save the fund: %1</source>
        <translation>无法保存资金：%1</translation>
    </message>
    <message>
        <source>The fund was changed by %1 at %2 after you opened it; your edit was not saved.</source>
        <translation>您打开该资金后，%1 于 %2 对其进行了修改；您的修改未保存。</translation>
    </message>
    <message>
        <source>The fund was changed by someone else; nothing was saved.</source>
        <translation>该资金已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <source>Approved grants already commit %1 of the fund %2; its total cannot be lowered to %3.</source>
        <translation>已批准的奖补已占用资金“%2”中的 %1，其总额不能调低至 %3。</translation>
    </message>
    <message>
        <source>Approved grants to platforms and providers already commit %1 of the fund %2; the new split limits would allow only %3.</source>
        <translation>已批准给平台与服务商的奖补已占用资金“%2”中的 %1，而按新的分配比例上限/下限仅允许 %3。</translation>
    </message>
    <message>
        <source>The fund was changed by %1 at %2 after you opened it.</source>
        <translation>您打开该资金后，%1 于 %2 对其进行了修改。</translation>
    </message>
</context>
<context>
    <name>dx::FundsDialog</name>
    <message>
        <source>Funds and policies</source>
        <translation>资金与政策</translation>
    </message>
    <message>
        <source>&amp;New fund…</source>
        <translation>新建资金(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit fund…</source>
        <translation>编辑资金(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;policy…</source>
        <translation>新建政策(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit po&amp;licy (new version)…</source>
        <translation>编辑政策（新版本）(&amp;L)…</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>使用期限</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Split limits</source>
        <translation>分配比例限制</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Policy / version</source>
        <translation>政策 / 版本</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>奖补项数</translation>
    </message>
    <message>
        <source>Applied, not yet approved</source>
        <translation>已申请未批准</translation>
    </message>
    <message>
        <source>upgrades ≥ %1</source>
        <translation>企业改造 ≥ %1</translation>
    </message>
    <message>
        <source>platforms ≤ %1</source>
        <translation>平台与服务商 ≤ %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>(no cluster)</source>
        <translation>（未归入产业集群）</translation>
    </message>
    <message>
        <source>Fund %1</source>
        <translation>资金：%1</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>新建资金</translation>
    </message>
    <message>
        <source>in 10k yuan</source>
        <translation>单位：万元</translation>
    </message>
    <message>
        <source>e.g. 80; empty: no minimum</source>
        <translation>例如 80；留空表示不设下限</translation>
    </message>
    <message>
        <source>e.g. 20; empty: no maximum</source>
        <translation>例如 20；留空表示不设上限</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>资金来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Total (10k yuan)</source>
        <translation>总额（万元）(&amp;T)</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>使用期限起(&amp;F)</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>使用期限止(&amp;T)</translation>
    </message>
    <message>
        <source>At least to enterprise &amp;upgrades (%)</source>
        <translation>企业改造比例下限（%）(&amp;U)</translation>
    </message>
    <message>
        <source>At most to &amp;platforms and providers (%)</source>
        <translation>平台与服务商比例上限（%）(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>The total is not a number of 10k yuan.</source>
        <translation>总额不是有效的万元数值。</translation>
    </message>
    <message>
        <source>The split limits are percentages between 0 and 100.</source>
        <translation>分配比例上限/下限须为 0 至 100 之间的百分数。</translation>
    </message>
    <message>
        <source>Create or choose the fund the policy belongs to first.</source>
        <translation>请先新建或选择该政策所属的资金。</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>奖补政策</translation>
    </message>
    <message>
        <source>Ledger by cluster</source>
        <translation>分产业集群台账</translation>
    </message>
</context>
<context>
    <name>dx::Grant</name>
    <message>
        <source>Central city-pilot award</source>
        <translation>中央城市试点奖补资金</translation>
    </message>
    <message>
        <source>Provincial fund</source>
        <translation>省级专项资金</translation>
    </message>
    <message>
        <source>City fund</source>
        <translation>市级资金</translation>
    </message>
    <message>
        <source>Enterprise upgrades</source>
        <translation>企业数字化改造</translation>
    </message>
    <message>
        <source>Platforms and providers</source>
        <translation>平台与服务商</translation>
    </message>
    <message>
        <source>Not tied</source>
        <translation>不关联</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>项目验收</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>dx::GrantBrowserWidget</name>
    <message>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Funds and policies…</source>
        <translation>资金与政策(&amp;F)…</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>使用期限</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Applied, not yet approved</source>
        <translation>已申请未批准</translation>
    </message>
    <message>
        <source>Platforms and providers</source>
        <translation>平台与服务商</translation>
    </message>
    <message>
        <source>Search enterprise name or credit code</source>
        <translation>搜索企业名称或信用代码</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>%1 grants</source>
        <translation>共 %1 项奖补申请</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>全部资金</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>全部政策</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>全部产业集群</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 / 上限 %2</translation>
    </message>
    <message>
        <source>Fund ledger</source>
        <translation>资金台账</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>奖补申请</translation>
    </message>
</context>
<context>
    <name>dx::GrantEditorDialog</name>
    <message>
        <source>Subsidy grant</source>
        <translation>奖补申请</translation>
    </message>
    <message>
        <source>Eligible amount &amp;explained</source>
        <translation>可补助金额核算说明(&amp;E)</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>笔次</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Tied to</source>
        <translation>关联节点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Tranches</source>
        <translation>分笔拨付(&amp;T)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变更记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>审核(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>不予通过(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Pay a tra&amp;nche…</source>
        <translation>拨付一笔(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;calculate</source>
        <translation>重新核定(&amp;C)</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>项目：%1（%2）</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Fund: %3 · Policy: %4 · Applied on %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;资金：%3 · 政策：%4 · 申请日期：%5</translation>
    </message>
    <message>
        <source>Requested %1 · Eligible %2 · Approved %3 · Paid %4 · Unpaid %5</source>
        <translation>申请金额 %1 · 可补助金额 %2 · 批准金额 %3 · 已拨付 %4 · 未拨付 %5</translation>
    </message>
    <message>
        <source> · Reason: %1</source>
        <translation> · 原因：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The approved amount is paid in full.</source>
        <translation>批准金额已全部拨付。</translation>
    </message>
    <message>
        <source>Compute again with the policy&apos;s newest version and the project&apos;s current costs.</source>
        <translation>按政策的最新版本和项目当前费用重新核定。</translation>
    </message>
    <message>
        <source>Only an application not yet approved is recalculated.</source>
        <translation>仅尚未批准的申请可重新核定。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Review note (what was checked):</source>
        <translation>审核意见（核查了哪些内容）：</translation>
    </message>
    <message>
        <source>Approve the grant</source>
        <translation>批准奖补</translation>
    </message>
    <message>
        <source>Eligible %1, requested %2.</source>
        <translation>可补助金额 %1，申请金额 %2。</translation>
    </message>
    <message>
        <source>&amp;Amount (10k yuan)</source>
        <translation>金额（万元）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>说明(&amp;N)</translation>
    </message>
    <message>
        <source>The amount is not a number of 10k yuan.</source>
        <translation>金额不是有效的万元数值。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予通过</translation>
    </message>
    <message>
        <source>Why is the application rejected?</source>
        <translation>申请不予通过的原因是什么？</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Why is the application withdrawn?</source>
        <translation>申请撤回的原因是什么？</translation>
    </message>
    <message>
        <source>Pay a tranche</source>
        <translation>拨付一笔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Approved %1, paid %2, unpaid %3.</source>
        <translation>批准金额 %1，已拨付 %2，未拨付 %3。</translation>
    </message>
    <message>
        <source>Paid &amp;on</source>
        <translation>拨付日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Voucher number</source>
        <translation>凭证号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tied to</source>
        <translation>关联节点(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Eligible amount explained</source>
        <translation>可补助金额核算说明</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>分笔拨付</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
</context>
<context>
    <name>dx::GrantImport</name>
    <message>
        <source>Grant applications</source>
        <translation>奖补申请</translation>
    </message>
    <message>
        <source>Enterprise credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>奖补政策</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The policy is missing.</source>
        <translation>缺少奖补政策。</translation>
    </message>
    <message>
        <source>No active policy has this name (Subsidies → Funds and policies).</source>
        <translation>没有此名称的有效政策（见“奖补资金 → 资金与政策”）。</translation>
    </message>
    <message>
        <source>The requested amount must be more than zero.</source>
        <translation>申请金额须大于零。</translation>
    </message>
    <message>
        <source>The same application as row %1 of this file.</source>
        <translation>与本文件第 %1 行的申请重复。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>dx::GrantRepository</name>
    <message>
        <source>The project (id %1) does not exist.</source>
        <translation>项目（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>Could not save the grant: %1</source>
        <translation>无法保存奖补申请：%1</translation>
    </message>
    <message>
        <source>The grants were not stored: %1</source>
        <translation>奖补申请未能保存：%1</translation>
    </message>
    <message>
        <source>The grant (id %1) does not exist.</source>
        <translation>奖补申请（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>Could not list the grants: %1</source>
        <translation>无法列出奖补申请：%1</translation>
    </message>
    <message>
        <source>Grant no. %1 approves %2, above its eligible %3 or requested %4.</source>
        <translation>第 %1 号奖补申请的批准金额 %2 超过其可补助金额 %3 或申请金额 %4。</translation>
    </message>
    <message>
        <source>Grant no. %1 is %2 but has tranches paid.</source>
        <translation>第 %1 号奖补申请状态为“%2”，却已有拨付记录。</translation>
    </message>
    <message>
        <source>Grant no. %1 has paid %2, more than the approved %3.</source>
        <translation>第 %1 号奖补申请已拨付 %2，超过批准金额 %3。</translation>
    </message>
    <message>
        <source>Grant no. %1 is %2 without an approved amount.</source>
        <translation>第 %1 号奖补申请状态为“%2”，但没有批准金额。</translation>
    </message>
    <message>
        <source>Grant no. %1 is %2 but has paid %3 of %4.</source>
        <translation>第 %1 号奖补申请状态为“%2”，但批准金额 %4 中已拨付 %3。</translation>
    </message>
    <message>
        <source>Tranche %2 of grant no. %1 is tied to an acceptance the project does not have.</source>
        <translation>第 %1 号奖补申请的第 %2 笔拨付关联项目验收，但该项目并未验收通过。</translation>
    </message>
    <message>
        <source>The fund %1 commits %2, more than its total of %3.</source>
        <translation>资金“%1”已批准占用 %2，超过其总额 %3。</translation>
    </message>
    <message>
        <source>The fund %1 commits %2 to platforms and providers, more than its split limit of %3.</source>
        <translation>资金“%1”批准给平台与服务商的金额为 %2，超过其分配比例上限对应的 %3。</translation>
    </message>
    <message>
        <source>The fund %1 has paid %2, more than the %3 it committed.</source>
        <translation>资金“%1”已拨付 %2，超过其已批准的 %3。</translation>
    </message>
    <message>
        <source>The policy %1 is archived; it takes no new applications.</source>
        <translation>政策“%1”已归档，不再受理新的申请。</translation>
    </message>
    <message>
        <source>The stored document of the policy %1 (version %2) is not valid any more.</source>
        <translation>政策“%1”（第 %2 版）的已保存文档已失效。</translation>
    </message>
    <message>
        <source>The fund %1 is archived; it takes no new applications.</source>
        <translation>资金“%1”已归档，不再受理新的申请。</translation>
    </message>
    <message>
        <source>%1 is archived; restore it before applying for a grant.</source>
        <translation>“%1”已归档，请先恢复后再申请奖补。</translation>
    </message>
    <message>
        <source>The project belongs to another enterprise.</source>
        <translation>该项目属于其他企业。</translation>
    </message>
    <message>
        <source>An application needs the amount applied for.</source>
        <translation>申请须填写申请金额。</translation>
    </message>
    <message>
        <source>The application date cannot be in the future.</source>
        <translation>申请日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Grant no. %1 (%2) already applies under %3 for this %4.</source>
        <translation>该%4已按政策“%3”提交过第 %1 号奖补申请（%2）。</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Could not save the application: %1</source>
        <translation>无法保存申请：%1</translation>
    </message>
    <message>
        <source>The grant was changed by someone else; nothing was saved.</source>
        <translation>该奖补申请已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The grant was changed by %1 at %2 after you opened it; nothing was saved.</source>
        <translation>您打开该奖补申请后，%1 于 %2 对其进行了修改；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The grant is %1; its eligible amount is fixed once it is decided.</source>
        <translation>该奖补申请状态为“%1”；申请一经决定，可补助金额即不再变更。</translation>
    </message>
    <message>
        <source>The approved amount must be positive.</source>
        <translation>批准金额须大于零。</translation>
    </message>
    <message>
        <source>Approving %1 is more than the eligible amount of %2.</source>
        <translation>拟批准金额 %1 超过可补助金额 %2。</translation>
    </message>
    <message>
        <source>Approving %1 is more than the %2 applied for.</source>
        <translation>拟批准金额 %1 超过申请金额 %2。</translation>
    </message>
    <message>
        <source>The grant&apos;s fund no longer exists.</source>
        <translation>该奖补申请所属的资金已不存在。</translation>
    </message>
    <message>
        <source>The fund %1 is archived; it commits no new grants.</source>
        <translation>资金“%1”已归档，不再批准新的奖补。</translation>
    </message>
    <message>
        <source>Approving %1 would commit %2 of the fund %3&apos;s %4 (%5 already committed, %6 remaining).</source>
        <translation>批准 %1 后，资金“%3”将被占用 %2，超过其总额 %4（已占用 %5，剩余 %6）。</translation>
    </message>
    <message>
        <source>at most %1 to platforms and providers</source>
        <translation>平台与服务商最多占 %1</translation>
    </message>
    <message>
        <source>at least %1 kept for enterprise upgrades</source>
        <translation>至少 %1 留给企业改造</translation>
    </message>
    <message>
        <source>Approving %1 would bring the grants to platforms and providers to %2; the fund %3 allows them %4 (%5 of %6).</source>
        <translation>批准 %1 后，给平台与服务商的奖补将达到 %2；资金“%3”对其上限为 %4（按总额 %6 计，%5）。</translation>
    </message>
    <message>
        <source>A tranche needs a positive amount, the payment date and the voucher number.</source>
        <translation>每笔拨付须填写大于零的金额、拨付日期和凭证号。</translation>
    </message>
    <message>
        <source>A tranche cannot be dated in the future (%1).</source>
        <translation>拨付日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>A tranche cannot be paid before the grant was approved (%1).</source>
        <translation>拨付日期不能早于奖补批准日期（%1）。</translation>
    </message>
    <message>
        <source>This grant has no project; its tranches cannot be tied to a milestone or an acceptance.</source>
        <translation>该奖补申请未关联项目，其拨付不能关联里程碑或项目验收。</translation>
    </message>
    <message>
        <source>The project is %1, not accepted; a tranche tied to the acceptance cannot be paid before the project is accepted.</source>
        <translation>项目状态为“%1”，尚未验收通过；关联项目验收的拨付须在项目验收通过后方可进行。</translation>
    </message>
    <message>
        <source>The project was accepted on %1; a tranche tied to the acceptance cannot be paid before that.</source>
        <translation>项目于 %1 验收通过；关联项目验收的拨付不能早于该日期。</translation>
    </message>
    <message>
        <source>The tranche is tied to a milestone that is not one of the project&apos;s.</source>
        <translation>该笔拨付关联的里程碑不属于本项目。</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; is not done yet; a tranche tied to it cannot be paid.</source>
        <translation>里程碑“%1”尚未完成，不能进行关联该里程碑的拨付。</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; was done on %2; a tranche tied to it cannot be paid before that.</source>
        <translation>里程碑“%1”于 %2 完成；关联该里程碑的拨付不能早于该日期。</translation>
    </message>
    <message>
        <source>Paying %1 would bring the payments of this grant to %2, above the approved %3 (%4 still to pay).</source>
        <translation>拨付 %1 后，该奖补的累计拨付将达到 %2，超过批准金额 %3（尚未拨付 %4）。</translation>
    </message>
    <message>
        <source>Could not save the tranche: %1</source>
        <translation>无法保存拨付记录：%1</translation>
    </message>
</context>
<context>
    <name>dx::GrantTableModel</name>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>可补助金额</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
</context>
<context>
    <name>dx::GrantWorkflow</name>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>拨付中</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予通过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>The grant is %1; a closed grant does not change state any more.</source>
        <translation>奖补申请状态为“%1”；已办结的申请不能再变更状态。</translation>
    </message>
    <message>
        <source>Tranches of this grant have been paid; a grant being paid cannot be withdrawn.</source>
        <translation>该奖补已有拨付记录；拨付中的奖补不能撤回。</translation>
    </message>
    <message>
        <source>A grant is rejected at review; this one is already %1.</source>
        <translation>奖补申请只能在审核阶段不予通过；该申请已处于“%1”状态。</translation>
    </message>
    <message>
        <source>The grant must be reviewed before it is approved.</source>
        <translation>奖补申请须先经审核，方可批准。</translation>
    </message>
    <message>
        <source>A grant that is %1 cannot become %2; it can become: %3.</source>
        <translation>处于“%1”状态的奖补申请不能变为“%2”；可变更为：%3。</translation>
    </message>
    <message>
        <source>Rejecting a grant needs a reason.</source>
        <translation>不予通过须说明原因。</translation>
    </message>
    <message>
        <source>Withdrawing a grant needs a reason.</source>
        <translation>撤回申请须说明原因。</translation>
    </message>
    <message>
        <source>The grant is %1, not approved; nothing can be paid before approval.</source>
        <translation>奖补申请状态为“%1”，尚未批准；批准前不能拨付。</translation>
    </message>
    <message>
        <source>The grant is already paid in full.</source>
        <translation>该奖补已全部拨付。</translation>
    </message>
    <message>
        <source>The grant was rejected; no payment can be made on it.</source>
        <translation>该奖补申请未予通过，不能拨付。</translation>
    </message>
    <message>
        <source>The grant was withdrawn; no payment can be made on it.</source>
        <translation>该奖补申请已撤回，不能拨付。</translation>
    </message>
    <message>
        <source>Unknown grant state.</source>
        <translation>未知的奖补申请状态。</translation>
    </message>
</context>
<context>
    <name>dx::ImportDialog</name>
    <message>
        <source>Ledgers (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>台账 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Headers in row</source>
        <translation>表头所在行(&amp;H)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Import the valid rows and &amp;leave out the invalid ones</source>
        <translation>只导入有效行，跳过有误的行(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出检查报告(&amp;E)…</translation>
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
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>（第 %1 列，无表头）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请为以下字段选择对应的列：%1。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows have errors: correct the file, or leave the invalid rows out.</source>
        <translation>存在有误的行时无法导入：请修改文件，或选择跳过有误的行。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的数据。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-问题</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出检查报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>Choose the file to import: an Excel/WPS workbook (.xlsx) or a CSV file.</source>
        <translation>请选择要导入的文件：Excel/WPS 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>Each column of the file is matched to a field by its header. Change what is wrong; columns set to &quot;(ignore)&quot; are not imported. The choice is remembered for files with the same headers.</source>
        <translation>文件中的每一列已按表头对应到字段。如有不对，请修改；设为“（忽略）”的列不会导入。表头相同的文件将沿用本次的选择。</translation>
    </message>
    <message>
        <source>&amp;Update the records already stored (matched by credit code) with the file&apos;s values</source>
        <translation>用文件中的数据更新已登记的记录（按信用代码匹配）(&amp;U)</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 new, %3 already stored with changes, %4 already stored and unchanged, %5 with errors.</source>
        <translation>已检查 %1 行：新增 %2 行，已登记且有变化 %3 行，已登记且无变化 %4 行，有误 %5 行。</translation>
    </message>
    <message>
        <source>Stored records stay as they are unless you choose to update them.</source>
        <translation>除非选择更新，已登记的记录将保持不变。</translation>
    </message>
    <message>
        <source>Imported %1 new records and updated %2; %3 rows were left as they were.</source>
        <translation>已导入新记录 %1 条，更新 %2 条；%3 行保持不变。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>dx::ImportIssueModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>dx::ImportReport</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>dx::ImportSummaryDialog</name>
    <message>
        <source>Return package imported</source>
        <translation>回传数据包已导入</translation>
    </message>
    <message>
        <source>From %1: %2 added, %3 updated, %4 parallel updates (changed on both sides in different fields, applied field by field), %5 records with conflicts (the same field changed on both sides; queued for review), %6 unchanged.</source>
        <translation>来自 %1：新增 %2 条，更新 %3 条，并行更新 %4 条（双方修改了不同字段，已逐字段应用），存在冲突的记录 %5 条（双方修改了同一字段，已列入审核队列），无变化 %6 条。</translation>
    </message>
    <message>
        <source>This package was imported before; nothing was changed now.</source>
        <translation>该数据包此前已导入，本次未作任何更改。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields applied</source>
        <translation>已应用的字段</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>冲突字段</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>审核冲突(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>dx::ImportTarget</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>No column is chosen for: %1.</source>
        <translation>以下字段未选择对应的列：%1。</translation>
    </message>
    <message>
        <source>The sheet has no row %1 to take the headers from.</source>
        <translation>工作表中没有第 %1 行，无法从中读取表头。</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>试导入检查已取消，未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to import the valid rows only.</source>
        <translation>
            <numerusform>文件中有 %n 行有误，因此未导入任何数据。请修改这些行，或选择只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>dx::LevelChart</name>
    <message>
        <source>Digital level: first baseline and latest assessment</source>
        <translation>数字化水平：首次诊断与最新评测</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>未达级</translation>
    </message>
    <message>
        <source>%1: %2 enterprises</source>
        <translation>%1：%2 家企业</translation>
    </message>
    <message>
        <source>First baseline</source>
        <translation>首次诊断</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新评测</translation>
    </message>
</context>
<context>
    <name>dx::MainWindow</name>
    <message>
        <source>DX Desk</source>
        <translation>数转工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Load &amp;demonstration city…</source>
        <translation>加载演示城市(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Enterprises</source>
        <translation>企业(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New enterprise…</source>
        <translation>新建企业(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit enterprise…</source>
        <translation>编辑企业(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive or restore</source>
        <translation>归档或恢复(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation>基础数据(&amp;R)</translation>
    </message>
    <message>
        <source>Industry &amp;clusters…</source>
        <translation>产业集群(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DX Desk</source>
        <translation>关于数转工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Database file; schema version %1</source>
        <translation>数据库文件（数据库结构版本 %1）</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old file was kept as %1.</source>
        <translation>数据库已升级，旧文件的副本已保存为 %1。</translation>
    </message>
    <message>
        <source>The demonstration enterprises were added.</source>
        <translation>演示企业已添加。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>DX Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>数转工作台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>DX Desk databases (*.sqlite)</source>
        <translation>数转工作台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; DX Desk never overwrites a file.</source>
        <translation>%1 已存在。请另选文件名；数转工作台不会覆盖任何已有文件。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes the next time DX Desk starts.</source>
        <translation>界面语言将在下次启动数转工作台时生效。</translation>
    </message>
    <message>
        <source>About DX Desk</source>
        <translation>关于数转工作台</translation>
    </message>
    <message>
        <source>DX Desk %1
Case desk for SME digital transformation (中小企业数字化转型).

Database: %2
Schema version: %3</source>
        <translation>数转工作台 %1
中小企业数字化转型业务工作台。

数据库：%2
数据库结构版本：%3</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>编辑(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Enterprise &amp;register</source>
        <translation>企业名录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>改造项目(&amp;P)</translation>
    </message>
    <message>
        <source>Enterprise register</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>改造项目</translation>
    </message>
    <message>
        <source>R&amp;esource pool</source>
        <translation>资源池(&amp;E)</translation>
    </message>
    <message>
        <source>Service &amp;providers and products</source>
        <translation>服务商与产品(&amp;P)</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>&amp;Subsidies</source>
        <translation>奖补资金(&amp;S)</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>奖补资金</translation>
    </message>
    <message>
        <source>Amounts in &amp;yuan (元) instead of 10k yuan (万元)</source>
        <translation>金额以元（而非万元）显示(&amp;Y)</translation>
    </message>
    <message>
        <source>E&amp;xport the register…</source>
        <translation>导出企业名录(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the &amp;current list…</source>
        <translation>导出当前列表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Enterprises…</source>
        <translation>企业(&amp;E)…</translation>
    </message>
    <message>
        <source>Service &amp;providers…</source>
        <translation>服务商(&amp;P)…</translation>
    </message>
    <message>
        <source>Project &amp;cost lines…</source>
        <translation>项目费用明细(&amp;C)…</translation>
    </message>
    <message>
        <source>Project &amp;invoices…</source>
        <translation>项目发票(&amp;I)…</translation>
    </message>
    <message>
        <source>Project pa&amp;yments…</source>
        <translation>项目付款凭证(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Grant applications…</source>
        <translation>奖补申请(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>数据看板(&amp;D)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Programme &amp;target for 规上 enterprises…</source>
        <translation>规上企业目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Programme target</source>
        <translation>专项目标</translation>
    </message>
    <message>
        <source>Share of 规上 enterprises to reach 二级 or above (%):</source>
        <translation>规上企业达到二级及以上的比例（%）：</translation>
    </message>
    <message>
        <source>Checking the database file in the background…</source>
        <translation>正在后台检查数据库文件…</translation>
    </message>
    <message>
        <source>Database file checked: no damage found.</source>
        <translation>数据库文件检查完毕：未发现损坏。</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>The check of %1 found damage: %2

Stop editing, keep a copy of the file as it is, and go back to the latest backup. The check itself changed nothing.</source>
        <translation>检查 %1 时发现损坏：%2

请停止编辑，将该文件按现状另行保存一份副本，并恢复至最近一次备份。本次检查未对文件作任何修改。</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Verify audit trail…</source>
        <translation>校验变更记录(&amp;V)…</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>连接共享数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>用户与角色(&amp;U)…</translation>
    </message>
    <message>
        <source>Your role (%1) does not include this area.</source>
        <translation>您的角色（%1）不包含此区域。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You can look at everything here and change nothing.</source>
        <translation>您可以查看这里的全部内容，但不能修改。</translation>
    </message>
    <message>
        <source>You work on the enterprises assigned to your service provider; grants are not shown.</source>
        <translation>您处理分配给所属服务商的企业；不显示补助。</translation>
    </message>
    <message>
        <source>Your role changes to %1 the next time this database is opened.</source>
        <translation>下次打开此数据库时，您的角色将变为%1。</translation>
    </message>
</context>
<context>
    <name>dx::Migrations</name>
    <message>
        <source>Schema step %1 (%2) failed: %3</source>
        <translation>数据库结构升级第 %1 步（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>dx::MoneyChart</name>
    <message>
        <source>Subsidies approved and paid</source>
        <translation>奖补资金批准与拨付</translation>
    </message>
    <message>
        <source>Fund total</source>
        <translation>资金总额</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>dx::NewGrantDialog</name>
    <message>
        <source>New subsidy application</source>
        <translation>新建奖补申请</translation>
    </message>
    <message>
        <source>Type part of the name or the credit code</source>
        <translation>输入企业名称或信用代码的任意片段</translation>
    </message>
    <message>
        <source>in 10k yuan</source>
        <translation>单位：万元</translation>
    </message>
    <message>
        <source>&amp;Find enterprise</source>
        <translation>查找企业(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>企业(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>Po&amp;licy</source>
        <translation>政策(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Requested (10k yuan)</source>
        <translation>申请金额（万元）(&amp;R)</translation>
    </message>
    <message>
        <source>Applied &amp;on</source>
        <translation>申请日期(&amp;O)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>提交申请(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no project: an award to the enterprise)</source>
        <translation>（不关联项目：直接奖励企业）</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation>可补助金额：%1</translation>
    </message>
    <message>
        <source>Choose the enterprise and the policy.</source>
        <translation>请选择企业和政策。</translation>
    </message>
    <message>
        <source>The requested amount is not a number of 10k yuan.</source>
        <translation>申请金额不是有效的万元数值。</translation>
    </message>
</context>
<context>
    <name>dx::PackageDocs</name>
    <message>
        <source>The package is refused: %1.</source>
        <translation>已拒绝该数据包：%1。</translation>
    </message>
    <message>
        <source>The field package expired on %1 and is refused. Ask the bureau for a new package.</source>
        <translation>外业数据包已于 %1 过期，已拒绝。请向中小企业局重新申领数据包。</translation>
    </message>
    <message>
        <source>it has no document of %1</source>
        <translation>缺少 %1 的数据文件</translation>
    </message>
    <message>
        <source>a return package may not carry %1</source>
        <translation>回传数据包不得包含 %1</translation>
    </message>
    <message>
        <source>a record of %1 refers to a record of %2 that is not part of the package</source>
        <translation>表 %1 中的记录引用了表 %2 中不属于该数据包的记录</translation>
    </message>
    <message>
        <source>it holds %1, which has no place in a %2 package</source>
        <translation>其中含有 %1，该文件不应出现在%2数据包中</translation>
    </message>
    <message>
        <source>return</source>
        <translation>回传</translation>
    </message>
    <message>
        <source>field</source>
        <translation>外业</translation>
    </message>
    <message>
        <source>the attachment %1 is missing or does not match its checksum</source>
        <translation>材料 %1 缺失或与其校验值不符</translation>
    </message>
</context>
<context>
    <name>dx::PackageExport</name>
    <message>
        <source>No enterprise has the credit code %1.</source>
        <translation>未找到信用代码为 %1 的企业。</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>中小企业局</translation>
    </message>
    <message>
        <source>libsodium could not make a signing key.</source>
        <translation>libsodium 无法生成签名密钥。</translation>
    </message>
    <message>
        <source>No enterprise is assigned to %1; name the enterprises to visit.</source>
        <translation>%1 名下没有分配任何企业；请指定要走访的企业。</translation>
    </message>
    <message>
        <source>The expiry date %1 is already past.</source>
        <translation>有效期截止日期 %1 已过。</translation>
    </message>
</context>
<context>
    <name>dx::PackageExportDialog</name>
    <message>
        <source>Export field package</source>
        <translation>导出外业数据包</translation>
    </message>
    <message>
        <source>More enterprises by credit code, separated by commas</source>
        <translation>其他企业的统一社会信用代码，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Enterprises to visit:</source>
        <translation>待走访企业(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>The package holds only these enterprises, their diagnoses and open projects, and their contacts; no other enterprise and no grants.</source>
        <translation>数据包仅包含上述企业及其诊断记录、在办项目和联系人信息，不含其他企业，也不含奖补信息。</translation>
    </message>
    <message>
        <source>Choose a provider and at least one enterprise.</source>
        <translation>请选择服务商，并至少选择一家企业。</translation>
    </message>
    <message>
        <source>DX Desk field packages (*.dxpkg)</source>
        <translation>数转工作台外业数据包 (*.dxpkg)</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message>
        <source>%1 written for %2: %3 enterprises, %4 diagnoses, %5 open projects, valid until %6.

Tell the provider the bureau&apos;s key fingerprint, to compare when opening: %7</source>
        <translation>已为 %2 生成 %1：企业 %3 家，诊断 %4 条，在办项目 %5 个，有效期至 %6。

请将中小企业局的密钥指纹告知服务商，供其打开数据包时核对：%7</translation>
    </message>
</context>
<context>
    <name>dx::PackageFile</name>
    <message>
        <source>The package cannot be signed: the signing key is missing or damaged.</source>
        <translation>无法对数据包签名：签名密钥缺失或已损坏。</translation>
    </message>
    <message>
        <source>The package %1 could not be written completely: %2. Nothing was kept.</source>
        <translation>数据包 %1 未能完整写入：%2。未保留任何文件。</translation>
    </message>
    <message>
        <source>The package file %1 does not exist.</source>
        <translation>数据包文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The package is larger than %1 MB and is refused.</source>
        <translation>数据包超过 %1 MB，已拒绝。</translation>
    </message>
    <message>
        <source>The package file %1 cannot be read: %2</source>
        <translation>无法读取数据包文件 %1：%2</translation>
    </message>
    <message>
        <source>The package is incomplete: it lacks its final signature. It may have been cut off while copying; ask for it again.</source>
        <translation>数据包不完整：缺少末尾的签名。该文件可能在复制过程中被截断，请重新索取。</translation>
    </message>
    <message>
        <source>This is not a signed DX Desk field package.</source>
        <translation>这不是经过签名的数转工作台外业数据包。</translation>
    </message>
    <message>
        <source>The package is refused: it holds a file named &quot;%1&quot;, which could point outside the package.</source>
        <translation>已拒绝该数据包：其中含有名为“%1”的文件，该文件名可能指向数据包以外的位置。</translation>
    </message>
    <message>
        <source>This is not a signed DX Desk field package (no manifest or no signature).</source>
        <translation>这不是经过签名的数转工作台外业数据包（缺少清单或签名）。</translation>
    </message>
    <message>
        <source>This is a return package from a provider; open it with &quot;Import return package&quot; at the bureau.</source>
        <translation>这是服务商的回传数据包，请在中小企业局端使用“导入回传数据包”打开。</translation>
    </message>
    <message>
        <source>This is a field package issued by a bureau, not a provider&apos;s return package.</source>
        <translation>这是中小企业局下发的外业数据包，不是服务商的回传数据包。</translation>
    </message>
    <message>
        <source>The package is refused: its signature does not match. It was altered after it was made, or it was not signed with the key issued for %1.</source>
        <translation>已拒绝该数据包：签名不符。数据包在生成后被改动过，或者未使用为 %1 签发的密钥签名。</translation>
    </message>
    <message>
        <source>The package is incomplete: %1 is missing.</source>
        <translation>数据包不完整：缺少 %1。</translation>
    </message>
    <message>
        <source>The package is refused: %1 was altered after the package was signed.</source>
        <translation>已拒绝该数据包：%1 在数据包签名后被改动过。</translation>
    </message>
    <message>
        <source>The package is refused: %1 was added after the package was signed.</source>
        <translation>已拒绝该数据包：%1 是在数据包签名后添加的。</translation>
    </message>
</context>
<context>
    <name>dx::PackageImport</name>
    <message>
        <source>The package is refused: it belongs to another bureau (%1), not to %2.</source>
        <translation>已拒绝该数据包：它属于其他单位（%1），而不属于 %2。</translation>
    </message>
    <message>
        <source>The package is refused: this bureau never issued a key to the provider %1.</source>
        <translation>已拒绝该数据包：本局从未向服务商 %1 签发密钥。</translation>
    </message>
    <message>
        <source>The package file %1 cannot be read.</source>
        <translation>无法读取数据包文件 %1。</translation>
    </message>
    <message>
        <source>The package is larger than %1 MB and is refused.</source>
        <translation>数据包超过 %1 MB，已拒绝。</translation>
    </message>
    <message>
        <source>This database never issued a field package, so it cannot take one back.</source>
        <translation>本数据库从未下发过外业数据包，因此无法接收回传数据包。</translation>
    </message>
    <message>
        <source>The package is refused: it answers a field package this bureau did not issue to %1.</source>
        <translation>已拒绝该数据包：它所对应的外业数据包并非本局向 %1 下发。</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>该冲突已处理。</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>未知的数据表 %1。</translation>
    </message>
    <message>
        <source>The record was changed again since this conflict was queued; nothing was written. Reload the review list.</source>
        <translation>该冲突列入审核队列后，记录又被修改过，未写入任何内容。请重新加载审核列表。</translation>
    </message>
    <message>
        <source>The diagnosis is confirmed and cannot be changed; keep the bureau&apos;s value and create a revision to correct it.</source>
        <translation>该诊断已确认，不能修改；请保留局端值，如需更正，请新建修订版。</translation>
    </message>
</context>
<context>
    <name>dx::PackageManifest</name>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>缺少格式版本</translation>
    </message>
    <message>
        <source>The package has format version %1; this DX Desk reads version %2. Use the same DX Desk version on both sides.</source>
        <translation>数据包的格式版本为 %1，本版数转工作台读取的是版本 %2。请双方使用相同版本的数转工作台。</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知的类型“%1”</translation>
    </message>
    <message>
        <source>a package or bureau id is not a uuid</source>
        <translation>数据包或单位的 id 不是 uuid</translation>
    </message>
    <message>
        <source>no provider credit code</source>
        <translation>缺少服务商的统一社会信用代码</translation>
    </message>
    <message>
        <source>no creation time or expiry date</source>
        <translation>缺少生成时间或有效期截止日期</translation>
    </message>
    <message>
        <source>no list of contents</source>
        <translation>缺少内容清单</translation>
    </message>
    <message>
        <source>the member name &quot;%1&quot; is not allowed</source>
        <translation>不允许使用文件名“%1”</translation>
    </message>
    <message>
        <source>member %1 has no size or SHA-256</source>
        <translation>文件 %1 缺少大小或 SHA-256 值</translation>
    </message>
</context>
<context>
    <name>dx::PackageMenu</name>
    <message>
        <source>DX Desk field packages (*.dxpkg);;All files (*)</source>
        <translation>数转工作台外业数据包 (*.dxpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>DX Desk return packages (*.dxret);;All files (*)</source>
        <translation>数转工作台回传数据包 (*.dxret);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Export field package for a provider…</source>
        <translation>为服务商导出外业数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import return package…</source>
        <translation>导入回传数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>审核冲突(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open field package (field mode)…</source>
        <translation>打开外业数据包（外业模式）(&amp;O)…</translation>
    </message>
    <message>
        <source>Export re&amp;turn package…</source>
        <translation>导出回传数据包(&amp;T)…</translation>
    </message>
    <message>
        <source>Only a field database opened from a package has a return package.</source>
        <translation>只有从数据包打开的外业数据库才能导出回传数据包。</translation>
    </message>
    <message>
        <source>Open field package</source>
        <translation>打开外业数据包</translation>
    </message>
    <message>
        <source>New field database</source>
        <translation>新建外业数据库</translation>
    </message>
    <message>
        <source>DX Desk databases (*.sqlite)</source>
        <translation>数转工作台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Field mode</source>
        <translation>外业模式</translation>
    </message>
    <message>
        <source>This window now works on the field database %1: %2 enterprises of %3, %4 diagnoses. The package is valid until %5.

The bureau&apos;s key fingerprint is %6; compare it with the one the bureau gave you.

When the visits are done, use Field packages → Export return package.</source>
        <translation>本窗口现在使用外业数据库 %1：%3 的企业 %2 家，诊断 %4 条。数据包有效期至 %5。

中小企业局的密钥指纹为 %6，请与中小企业局提供给您的指纹核对。

走访完成后，请使用“外业数据包 → 导出回传数据包”。</translation>
    </message>
    <message>
        <source>Export return package</source>
        <translation>导出回传数据包</translation>
    </message>
    <message>
        <source>%1 written: %2 enterprises, %3 diagnoses and %4 attachments changed or new since the package.</source>
        <translation>已生成 %1：自数据包下发以来新增或修改的企业 %2 家、诊断 %3 条、材料 %4 份。</translation>
    </message>
    <message>
        <source>Import return package</source>
        <translation>导入回传数据包</translation>
    </message>
    <message>
        <source>Checking and merging the package…</source>
        <translation>正在校验并合并数据包…</translation>
    </message>
    <message>
        <source>Field pac&amp;kages</source>
        <translation>外业数据包(&amp;K)</translation>
    </message>
    <message>
        <source>The bureau&apos;s key fingerprint, if you were given it (optional):</source>
        <translation>中小企业局的密钥指纹（如已获提供，可选填）：</translation>
    </message>
    <message>
        <source>%1 changes to projects or providers made here are not sent back; projects are changed at the bureau.</source>
        <translation>在此对改造项目或服务商所作的 %1 处修改不会回传；改造项目须在中小企业局端修改。</translation>
    </message>
</context>
<context>
    <name>dx::PackageMerge</name>
    <message>
        <source>The record %1 of %2 does not exist.</source>
        <translation>表 %2 中的记录 %1 不存在。</translation>
    </message>
    <message>
        <source>The package is refused: it changes a record of %1 (%2) that was never sent to this provider.</source>
        <translation>已拒绝该数据包：它修改了表 %1 中从未下发给该服务商的记录（%2）。</translation>
    </message>
    <message>
        <source>The package is refused: a record of %1 it changes is missing here.</source>
        <translation>已拒绝该数据包：它所修改的表 %1 中的某条记录在本数据库中不存在。</translation>
    </message>
    <message>
        <source>The package is refused: it adds the enterprise %1 (%2), which the register already holds as %3. Ask the provider to work on the enterprise sent in the package instead.</source>
        <translation>已拒绝该数据包：它新增了企业“%1”（%2），但企业名录中已将该企业登记为“%3”。请服务商改为使用数据包中下发的该企业记录。</translation>
    </message>
</context>
<context>
    <name>dx::PackageRepository</name>
    <message>
        <source>Unknown table %1.</source>
        <translation>未知的数据表 %1。</translation>
    </message>
    <message>
        <source>The attachment %1 does not exist.</source>
        <translation>材料（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>Could not store a record of %1 from the package: %2</source>
        <translation>无法保存数据包中表 %1 的记录：%2</translation>
    </message>
    <message>
        <source>Unknown field %1 of %2.</source>
        <translation>表 %2 中的字段 %1 未知。</translation>
    </message>
    <message>
        <source>Could not update a record of %1: %2</source>
        <translation>无法更新表 %1 中的记录：%2</translation>
    </message>
    <message>
        <source>A record of %1 was changed by someone else meanwhile; nothing was written. Try again.</source>
        <translation>表 %1 中的一条记录已被他人同时修改，未写入任何内容。请重试。</translation>
    </message>
    <message>
        <source>No %1 key is stored in this database.</source>
        <translation>本数据库中未保存 %1 密钥。</translation>
    </message>
    <message>
        <source>No provider has the credit code %1.</source>
        <translation>未找到信用代码为 %1 的服务商。</translation>
    </message>
    <message>
        <source>This database never issued the package %1.</source>
        <translation>本数据库从未下发过数据包 %1。</translation>
    </message>
    <message>
        <source>This database was not opened from a field package.</source>
        <translation>本数据库不是从外业数据包打开的。</translation>
    </message>
    <message>
        <source>The package was never imported.</source>
        <translation>该数据包从未导入。</translation>
    </message>
    <message>
        <source>The conflict %1 does not exist.</source>
        <translation>冲突（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>This conflict was already resolved by someone else.</source>
        <translation>该冲突已由他人处理。</translation>
    </message>
</context>
<context>
    <name>dx::PackageZip</name>
    <message>
        <source>The package is damaged or incomplete (%1). It may have been cut off while copying; ask for it again.</source>
        <translation>数据包已损坏或不完整（%1）。该文件可能在复制过程中被截断，请重新索取。</translation>
    </message>
    <message>
        <source>The package %1 cannot be written (check the folder and free space).</source>
        <translation>无法写入数据包 %1（请检查文件夹及剩余磁盘空间）。</translation>
    </message>
    <message>
        <source>The package %1 could not be written completely (disk full?). Nothing was kept.</source>
        <translation>数据包 %1 未能完整写入（磁盘可能已满）。未保留任何文件。</translation>
    </message>
    <message>
        <source>The package could not be assembled in the temporary folder: %1</source>
        <translation>无法在临时文件夹中生成数据包：%1</translation>
    </message>
    <message>
        <source>The package file is empty.</source>
        <translation>数据包文件为空。</translation>
    </message>
    <message>
        <source>The package is larger than %1 MB and is refused.</source>
        <translation>数据包超过 %1 MB，已拒绝。</translation>
    </message>
    <message>
        <source>This is not a DX Desk field package (not a zip file).</source>
        <translation>这不是数转工作台外业数据包（不是 zip 文件）。</translation>
    </message>
    <message>
        <source>its table of contents cannot be read</source>
        <translation>无法读取其文件目录</translation>
    </message>
    <message>
        <source>its table of contents is broken</source>
        <translation>其文件目录已损坏</translation>
    </message>
    <message>
        <source>The package has more than %1 files and is refused.</source>
        <translation>数据包中的文件超过 %1 个，已拒绝。</translation>
    </message>
    <message>
        <source>a file name cannot be read</source>
        <translation>无法读取某个文件名</translation>
    </message>
    <message>
        <source>The package holds the file %1 twice and is refused.</source>
        <translation>数据包中文件 %1 出现了两次，已拒绝。</translation>
    </message>
    <message>
        <source>The package holds an encrypted file (%1) and is refused.</source>
        <translation>数据包中含有加密文件（%1），已拒绝。</translation>
    </message>
    <message>
        <source>unknown compression in %1</source>
        <translation>%1 的压缩方式未知</translation>
    </message>
    <message>
        <source>The file %1 in the package would unpack to more than the limit and is refused.</source>
        <translation>数据包中的文件 %1 解压后将超出上限，已拒绝。</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1 fails its checksum</source>
        <translation>%1 未通过校验</translation>
    </message>
    <message>
        <source>The package holds no files.</source>
        <translation>数据包中没有任何文件。</translation>
    </message>
</context>
<context>
    <name>dx::PipelineChart</name>
    <message>
        <source>Progress per cluster as of %1</source>
        <translation>各产业集群进展（截至 %1）</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册企业</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>已诊断</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>已备案项目</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>二级 or above after</source>
        <translation>改造后达二级及以上</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source> (%1% of %2)</source>
        <translation>（为“%2”的 %1%）</translation>
    </message>
    <message>
        <source>Click to list these enterprises.</source>
        <translation>点击列出这些企业。</translation>
    </message>
</context>
<context>
    <name>dx::PolicyEditorDialog</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number of 10k yuan.</source>
        <translation>%1：“%2”不是有效的万元数值。</translation>
    </message>
    <message>
        <source>Subsidy policy</source>
        <translation>奖补政策</translation>
    </message>
    <message>
        <source>New subsidy policy</source>
        <translation>新建奖补政策</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>用途(&amp;P)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>e.g. 50 for 50 % of the verified cost</source>
        <translation>例如填 50 表示核定成本的 50%</translation>
    </message>
    <message>
        <source>&amp;Rate (%)</source>
        <translation>补助比例（%）(&amp;R)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Cap by achieved level (10k yuan)</source>
        <translation>按实际达到等级的上限（万元）</translation>
    </message>
    <message>
        <source>Cap per application (10k yuan)</source>
        <translation>单次申请上限（万元）</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖励项</translation>
    </message>
    <message>
        <source>Tier at least</source>
        <translation>梯度不低于</translation>
    </message>
    <message>
        <source>Showcase project</source>
        <translation>样板项目</translation>
    </message>
    <message>
        <source>Amount (10k yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Add award</source>
        <translation>添加奖励项</translation>
    </message>
    <message>
        <source>Remove award</source>
        <translation>删除奖励项</translation>
    </message>
    <message>
        <source>Fixed awards</source>
        <translation>定额奖励</translation>
    </message>
    <message>
        <source>Cost categories</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Eligible (none ticked: every category not excluded)</source>
        <translation>可补助类别（均未勾选时：未排除的类别均可补助）</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>排除类别</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订日期</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Post-transformation &amp;level at least</source>
        <translation>改造后等级不低于(&amp;L)</translation>
    </message>
    <message>
        <source>The project must be accepted</source>
        <translation>项目须已验收通过</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>either limit suffices</source>
        <translation>满足其一即可</translation>
    </message>
    <message>
        <source>both limits apply</source>
        <translation>须同时满足</translation>
    </message>
    <message>
        <source>Enterprise size at most</source>
        <translation>企业规模上限</translation>
    </message>
    <message>
        <source>What changed and why (kept with the version)</source>
        <translation>修改内容及原因（随版本保存）</translation>
    </message>
    <message>
        <source>Version &amp;note</source>
        <translation>版本说明(&amp;N)</translation>
    </message>
    <message>
        <source>Subsidy policy: %1 (version %2)</source>
        <translation>奖补政策：%1（第 %2 版）</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>The rate &quot;%1&quot; is not a percentage between 0 and 100.</source>
        <translation>补助比例“%1”不是 0 至 100 之间的百分数。</translation>
    </message>
    <message>
        <source>Cap for %1</source>
        <translation>%1上限</translation>
    </message>
    <message>
        <source>Cap per application</source>
        <translation>单次申请上限</translation>
    </message>
    <message>
        <source>Revenue limit</source>
        <translation>营业收入上限</translation>
    </message>
    <message>
        <source>The employee limit &quot;%1&quot; is not a whole number.</source>
        <translation>从业人数上限“%1”不是整数。</translation>
    </message>
    <message>
        <source>The award &quot;%1&quot; needs an amount in 10k yuan.</source>
        <translation>奖励项“%1”须填写以万元为单位的金额。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>revenue (10k yuan)</source>
        <translation>营业收入（万元）</translation>
    </message>
</context>
<context>
    <name>dx::PolicyRepository</name>
    <message>
        <source>The fund %1 is archived; it takes no new policies.</source>
        <translation>资金“%1”已归档，不能再添加新政策。</translation>
    </message>
    <message>
        <source>Could not save the policy: %1</source>
        <translation>无法保存政策：%1</translation>
    </message>
    <message>
        <source>The policy was changed by %1 at %2 after you opened it; your version was not saved.</source>
        <translation>您打开该政策后，%1 于 %2 对其进行了修改；您的版本未保存。</translation>
    </message>
    <message>
        <source>The policy %1 is archived; restore it before changing it.</source>
        <translation>政策“%1”已归档，请先恢复后再修改。</translation>
    </message>
    <message>
        <source>The policy was changed by someone else; nothing was saved.</source>
        <translation>该政策已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The policy (id %1) does not exist.</source>
        <translation>政策（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>The policy (id %1) has no version.</source>
        <translation>政策（编号 %1）没有任何版本。</translation>
    </message>
    <message>
        <source>The policy version (id %1) does not exist.</source>
        <translation>政策版本（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>The policy was changed by %1 at %2 after you opened it.</source>
        <translation>您打开该政策后，%1 于 %2 对其进行了修改。</translation>
    </message>
</context>
<context>
    <name>dx::PoolEditors</name>
    <message>
        <source>Service provider %1</source>
        <translation>服务商：%1</translation>
    </message>
    <message>
        <source>New service provider</source>
        <translation>新建服务商</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>C&amp;lusters served</source>
        <translation>服务集群(&amp;L)</translation>
    </message>
    <message>
        <source>Admission &amp;batch</source>
        <translation>入库批次(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Admitted on</source>
        <translation>入库日期(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>New &quot;小快轻准&quot; product</source>
        <translation>新建“小快轻准”产品</translation>
    </message>
    <message>
        <source>in 10k yuan</source>
        <translation>单位：万元</translation>
    </message>
    <message>
        <source>Required when rejected</source>
        <translation>未入选时必填</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>供应商(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Scenes addressed</source>
        <translation>适用场景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Price (10k yuan)</source>
        <translation>价格（万元）(&amp;P)</translation>
    </message>
    <message>
        <source>Review &amp;batch</source>
        <translation>评审批次(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>评审结果(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>原因(&amp;A)</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not a number of 10k yuan.</source>
        <translation>价格“%1”不是有效的万元数值。</translation>
    </message>
</context>
<context>
    <name>dx::ProgressRepository</name>
    <message>
        <source>(no cluster)</source>
        <translation>（未归入产业集群）</translation>
    </message>
</context>
<context>
    <name>dx::ProgressSchema</name>
    <message>
        <source>Could not update the progress figures: %1</source>
        <translation>无法更新进展统计：%1</translation>
    </message>
</context>
<context>
    <name>dx::ProgressStage</name>
    <message>
        <source>Any stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Not yet diagnosed</source>
        <translation>尚未诊断</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>已诊断</translation>
    </message>
    <message>
        <source>Diagnosed, no project filed</source>
        <translation>已诊断、未立项</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>已备案项目</translation>
    </message>
    <message>
        <source>Filed, not yet accepted</source>
        <translation>已备案、未验收</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Reached level 2 after transformation</source>
        <translation>改造后达到二级</translation>
    </message>
</context>
<context>
    <name>dx::ProjectBrowserWidget</name>
    <message>
        <source>Search enterprise name or credit code</source>
        <translation>搜索企业名称或信用代码</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Only those needing attention</source>
        <translation>仅显示需关注的项目</translation>
    </message>
    <message numerus="yes">
        <source>Open projects with overdue milestones, or unchanged for more than %n day(s).</source>
        <translation>
            <numerusform>里程碑已逾期或超过 %n 天未变更状态的在办项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>共 %1 个项目</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>改造项目</translation>
    </message>
</context>
<context>
    <name>dx::ProjectEditorDialog</name>
    <message>
        <source>Transformation project</source>
        <translation>改造项目</translation>
    </message>
    <message>
        <source>&amp;Parties and baseline</source>
        <translation>参与方与诊断基线(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Contract and costs</source>
        <translation>合同与费用(&amp;C)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变更记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>备案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Start implementation</source>
        <translation>开始实施(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;quest acceptance</source>
        <translation>申请验收(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>验收通过(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Not accepted…</source>
        <translation>验收未通过(&amp;N)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1 · %2 points · %3</source>
        <translation>%1 · %2 分 · %3</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>未达级</translation>
    </message>
    <message>
        <source>Showcase project (样板 / 小灯塔)</source>
        <translation>样板项目（样板 / 小灯塔）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>项目名称(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;raction unit</source>
        <translation>牵引单位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Integrator</source>
        <translation>集成服务商(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Baseline diagnosis</source>
        <translation>改造前诊断(&amp;B)</translation>
    </message>
    <message>
        <source>Target &amp;level</source>
        <translation>目标等级(&amp;L)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>in 10k yuan</source>
        <translation>单位：万元</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Eligible for subsidy</source>
        <translation>可申请奖补</translation>
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
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Acceptance on %1 by %2: %3%4</source>
        <translation>%1 由 %2 验收：%3%4</translation>
    </message>
    <message>
        <source> (dossier verified)</source>
        <translation>（一企一档已核验）</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已终止：%1</translation>
    </message>
    <message>
        <source>The contract amount &quot;%1&quot; is not a number of 10k yuan.</source>
        <translation>合同金额“%1”不是有效的万元数值。</translation>
    </message>
    <message>
        <source>Cancel project</source>
        <translation>终止项目</translation>
    </message>
    <message>
        <source>Why is the project cancelled?</source>
        <translation>项目终止的原因是什么？</translation>
    </message>
    <message>
        <source>Cancel pro&amp;ject…</source>
        <translation>终止项目(&amp;J)…</translation>
    </message>
    <message>
        <source>Contract amo&amp;unt (10k yuan)</source>
        <translation>合同金额（万元）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>佐证材料(&amp;E)</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>添加里程碑…</translation>
    </message>
    <message>
        <source>Add cost line…</source>
        <translation>添加费用明细…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Cost line saved</source>
        <translation>保存费用明细</translation>
    </message>
    <message>
        <source>Milestone saved</source>
        <translation>保存里程碑</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number / reference</source>
        <translation>号码 / 凭证号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Excl. tax</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>Add invoice…</source>
        <translation>添加发票…</translation>
    </message>
    <message>
        <source>Add payment…</source>
        <translation>添加付款记录…</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Cost lines eligible: %1 · not eligible: %2 · Invoiced excl. tax: %3 · Paid: %4</source>
        <translation>费用明细可奖补：%1 · 不可奖补：%2 · 已开票（不含税）：%3 · 已付款：%4</translation>
    </message>
    <message>
        <source>Scenes, vendors and pro&amp;ducts</source>
        <translation>场景、供应商与产品(&amp;D)</translation>
    </message>
    <message>
        <source>The project is cancelled.</source>
        <translation>该项目已终止。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>发票与付款</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签订</translation>
    </message>
</context>
<context>
    <name>dx::ProjectLineDialogs</name>
    <message>
        <source>Edit cost line</source>
        <translation>编辑费用明细</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>添加费用明细</translation>
    </message>
    <message>
        <source>in 10k yuan</source>
        <translation>单位：万元</translation>
    </message>
    <message>
        <source>Eligible for subsidy</source>
        <translation>可申请奖补</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount (10k yuan)</source>
        <translation>金额（万元）(&amp;A)</translation>
    </message>
    <message>
        <source>The amount is not a number of 10k yuan.</source>
        <translation>金额不是有效的万元数值。</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>编辑里程碑</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>计划完成日期(&amp;D)</translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation>编辑发票</translation>
    </message>
    <message>
        <source>Add invoice</source>
        <translation>添加发票</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>发票号码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount incl. tax (10k yuan)</source>
        <translation>价税合计（万元）(&amp;A)</translation>
    </message>
    <message>
        <source>Amount &amp;excl. tax (10k yuan)</source>
        <translation>不含税金额（万元）(&amp;E)</translation>
    </message>
    <message>
        <source>The amounts must be numbers of 10k yuan.</source>
        <translation>金额须为有效的万元数值。</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>编辑付款记录</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>添加付款记录</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>凭证号(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dx::ProjectListWidget</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标等级</translation>
    </message>
    <message>
        <source>Traction unit</source>
        <translation>牵引单位</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>新建项目(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>改造项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>A project starts from a confirmed baseline diagnosis. Diagnose the enterprise and confirm the diagnosis first.</source>
        <translation>改造项目须以已确认的改造前诊断为基础。请先对该企业开展诊断并确认诊断结果。</translation>
    </message>
    <message>
        <source>Digital transformation project</source>
        <translation>数字化改造项目</translation>
    </message>
</context>
<context>
    <name>dx::ProjectMoneyImport</name>
    <message>
        <source>Project cost lines</source>
        <translation>项目费用明细</translation>
    </message>
    <message>
        <source>Project invoices</source>
        <translation>项目发票</translation>
    </message>
    <message>
        <source>Project payments</source>
        <translation>项目付款凭证</translation>
    </message>
    <message>
        <source>Enterprise credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Cost category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Eligible for subsidy</source>
        <translation>是否可奖补</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Amount including tax</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Amount excluding tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>缺少金额。</translation>
    </message>
    <message>
        <source>The cost category is missing.</source>
        <translation>缺少费用类别。</translation>
    </message>
    <message>
        <source>Not a cost category (软件, 云服务, 实施服务, 硬件, 培训 or 运维).</source>
        <translation>不是有效的费用类别（应为软件、云服务、实施服务、硬件、培训或运维）。</translation>
    </message>
    <message>
        <source>The invoice number is missing.</source>
        <translation>缺少发票号码。</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>More than the amount including tax.</source>
        <translation>不含税金额超过了价税合计。</translation>
    </message>
    <message>
        <source>The voucher number is missing.</source>
        <translation>缺少凭证号。</translation>
    </message>
    <message>
        <source>The project is %1; its cost lines can no longer change.</source>
        <translation>项目状态为“%1”，其费用明细已不能再变更。</translation>
    </message>
    <message>
        <source>The same line as row %1 of this file.</source>
        <translation>与本文件第 %1 行的记录重复。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>dx::ProjectProductsWidget</name>
    <message>
        <source>Target scenes</source>
        <translation>目标场景</translation>
    </message>
    <message>
        <source>Product vendors</source>
        <translation>产品供应商</translation>
    </message>
    <message>
        <source>Filter vendors</source>
        <translation>筛选供应商</translation>
    </message>
    <message>
        <source>&quot;小快轻准&quot; products used</source>
        <translation>采用的“小快轻准”产品</translation>
    </message>
    <message>
        <source>Filter products by name, vendor or category</source>
        <translation>按名称、供应商或类别筛选产品</translation>
    </message>
    <message>
        <source>Only products for the target scenes</source>
        <translation>仅显示适用于目标场景的产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Review batch</source>
        <translation>评审批次</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审结果</translation>
    </message>
    <message>
        <source>%1 (binding)</source>
        <translation>%1（约束性）</translation>
    </message>
    <message>
        <source>Not yet approved</source>
        <translation>尚未通过评审</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) ticked</source>
        <translation>
            <numerusform>已选 %n 个产品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::ProjectRepository</name>
    <message>
        <source>The project (id %1) does not exist.</source>
        <translation>项目（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>A project needs the baseline diagnosis it starts from.</source>
        <translation>项目必须关联其改造前诊断。</translation>
    </message>
    <message>
        <source>The baseline diagnosis belongs to another enterprise.</source>
        <translation>该改造前诊断属于其他企业。</translation>
    </message>
    <message>
        <source>The baseline diagnosis must be confirmed before a project starts from it.</source>
        <translation>改造前诊断须经确认后方可据此立项。</translation>
    </message>
    <message>
        <source>The target level must be between 1 and 4.</source>
        <translation>目标等级须在一级至四级之间。</translation>
    </message>
    <message>
        <source>The contract amount cannot be negative.</source>
        <translation>合同金额不能为负数。</translation>
    </message>
    <message>
        <source>Could not save the project: %1</source>
        <translation>无法保存项目：%1</translation>
    </message>
    <message>
        <source>The project was changed by someone else; nothing was saved.</source>
        <translation>项目已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The project was changed by %1 at %2 after you opened it; your edit was not saved.</source>
        <translation>您打开项目后，%1 于 %2 修改了该项目；您的修改未保存。</translation>
    </message>
    <message>
        <source>The project is %1 and can no longer be edited.</source>
        <translation>项目状态为“%1”，已不能再编辑。</translation>
    </message>
    <message>
        <source>The project was changed by %1 at %2 after you opened it.</source>
        <translation>您打开项目后，%1 于 %2 修改了该项目。</translation>
    </message>
    <message>
        <source>Filing a project needs the contract date.</source>
        <translation>项目备案须填写合同签订日期。</translation>
    </message>
    <message>
        <source>The acceptance record needs the inspection date and the inspectors.</source>
        <translation>验收记录须填写验收日期和验收人员。</translation>
    </message>
    <message>
        <source>Could not list the projects: %1</source>
        <translation>无法列出项目：%1</translation>
    </message>
    <message>
        <source>A cost line needs a category.</source>
        <translation>费用明细须填写类别。</translation>
    </message>
    <message>
        <source>A cost line needs a positive amount.</source>
        <translation>费用明细金额须大于零。</translation>
    </message>
    <message>
        <source>A milestone needs a title and a due date.</source>
        <translation>里程碑须填写名称和计划完成日期。</translation>
    </message>
    <message>
        <source>The line no longer exists; reload the project.</source>
        <translation>该记录已不存在，请重新打开项目。</translation>
    </message>
    <message>
        <source>Could not save the line: %1</source>
        <translation>无法保存记录：%1</translation>
    </message>
    <message>
        <source>An invoice needs its number and date.</source>
        <translation>发票须填写号码和日期。</translation>
    </message>
    <message>
        <source>An invoice needs positive amounts, and the amount excluding tax cannot exceed the amount.</source>
        <translation>发票金额须大于零，且不含税金额不能超过价税合计。</translation>
    </message>
    <message>
        <source>A payment needs a positive amount and its date.</source>
        <translation>付款记录须填写大于零的金额和付款日期。</translation>
    </message>
    <message>
        <source>%1 has been removed from the resource pool and cannot be added to a project.</source>
        <translation>%1 已被移出资源池，不能加入项目。</translation>
    </message>
    <message>
        <source>The product %1 was rejected or withdrawn from the list and cannot be added.</source>
        <translation>产品“%1”未入选或已撤出目录，不能加入项目。</translation>
    </message>
    <message>
        <source>The product %1 is supplied by %2, which is not a party of the project; add it as a product vendor first.</source>
        <translation>产品“%1”由 %2 提供，该单位不是本项目的参与方；请先将其添加为产品供应商。</translation>
    </message>
</context>
<context>
    <name>dx::ProjectResolver</name>
    <message>
        <source>The credit code is missing.</source>
        <translation>缺少统一社会信用代码。</translation>
    </message>
    <message>
        <source>No registered enterprise has this credit code.</source>
        <translation>未找到此信用代码对应的已登记企业。</translation>
    </message>
    <message>
        <source>The enterprise has no project that is not cancelled.</source>
        <translation>该企业没有未终止的项目。</translation>
    </message>
    <message>
        <source>The enterprise has no project of this name.</source>
        <translation>该企业没有此名称的项目。</translation>
    </message>
    <message>
        <source>The enterprise has %1 projects; name the project in a column of its own.</source>
        <translation>该企业有 %1 个项目，请在单独一列中写明项目名称。</translation>
    </message>
    <message>
        <source>The enterprise has %1 projects of this name.</source>
        <translation>该企业有 %1 个同名项目。</translation>
    </message>
</context>
<context>
    <name>dx::ProjectTableModel</name>
    <message numerus="yes">
        <source>%n overdue milestone(s)</source>
        <translation>
            <numerusform>%n 个里程碑逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 days</source>
        <translation>已处于“%1”%2 天</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>状态起始</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同签订</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Traction unit</source>
        <translation>牵引单位</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>需关注</translation>
    </message>
</context>
<context>
    <name>dx::ProjectWorkflow</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Acceptance requested</source>
        <translation>已申请验收</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>验收未通过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>The project is %1; a closed project does not change state any more.</source>
        <translation>项目状态为“%1”；已结束的项目不能再变更状态。</translation>
    </message>
    <message>
        <source>A project that is %1 cannot become %2; it can become: %3.</source>
        <translation>处于“%1”状态的项目不能变为“%2”；可变更为：%3。</translation>
    </message>
    <message>
        <source>Cancelling a project needs a reason.</source>
        <translation>终止项目须说明原因。</translation>
    </message>
    <message>
        <source>The contract date is missing; acceptance compares the assessment with it.</source>
        <translation>缺少合同签订日期；验收需以其为准核对改造后评测。</translation>
    </message>
    <message>
        <source>Acceptance needs a confirmed post-transformation assessment of the enterprise; there is none.</source>
        <translation>验收须有该企业已确认的改造后评测，目前尚无。</translation>
    </message>
    <message>
        <source>The post-transformation assessment must be dated after the contract (%1).</source>
        <translation>改造后评测日期须晚于合同签订日期（%1）。</translation>
    </message>
    <message>
        <source>No post-transformation assessment after the contract reaches the target level %1.</source>
        <translation>合同签订后的改造后评测均未达到目标等级%1。</translation>
    </message>
</context>
<context>
    <name>dx::Provider</name>
    <message>
        <source>Traction unit</source>
        <translation>牵引单位</translation>
    </message>
    <message>
        <source>Integrator</source>
        <translation>集成服务商</translation>
    </message>
    <message>
        <source>Product vendor</source>
        <translation>产品服务商</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>已入库</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>已警示</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已入选</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未入选</translation>
    </message>
</context>
<context>
    <name>dx::ProviderImport</name>
    <message>
        <source>Service providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>服务商类型</translation>
    </message>
    <message>
        <source>Clusters served</source>
        <translation>服务产业集群</translation>
    </message>
    <message>
        <source>Admission batch</source>
        <translation>入库批次</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The provider name is missing.</source>
        <translation>缺少服务商名称。</translation>
    </message>
    <message>
        <source>The credit code is missing.</source>
        <translation>缺少统一社会信用代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: write 牵引单位, 集成服务商 or 产品供应商.</source>
        <translation>“%1”不是有效的服务商类型：请填写牵引单位、集成服务商或产品供应商。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the city&apos;s clusters.</source>
        <translation>“%1”不是本市的产业集群。</translation>
    </message>
    <message>
        <source>The same credit code as row %1 of this file.</source>
        <translation>与本文件第 %1 行的信用代码重复。</translation>
    </message>
    <message>
        <source>Give at least one role: 牵引单位, 集成服务商 or 产品供应商.</source>
        <translation>请至少填写一种服务商类型：牵引单位、集成服务商或产品供应商。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>dx::ProviderPoolWidget</name>
    <message>
        <source>Search providers and products (name, credit code, category)</source>
        <translation>搜索服务商和产品（名称、信用代码、类别）</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Any standing</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>全部评审结果</translation>
    </message>
    <message>
        <source>&amp;New provider…</source>
        <translation>新建服务商(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit provider…</source>
        <translation>编辑服务商(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;standing…</source>
        <translation>调整状态(&amp;S)…</translation>
    </message>
    <message>
        <source>Warn a provider, order a rectification, remove it from the pool, or re-admit it.</source>
        <translation>对服务商进行警示、责令整改、移出资源池或重新入库。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>服务集群</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>入库批次</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>服务企业数</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>验收未通过</translation>
    </message>
    <message>
        <source>Milestones on time</source>
        <translation>里程碑按期率</translation>
    </message>
    <message>
        <source>Level uplift</source>
        <translation>平均等级提升</translation>
    </message>
    <message>
        <source>New pro&amp;duct…</source>
        <translation>新建产品(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit produc&amp;t…</source>
        <translation>编辑产品(&amp;T)…</translation>
    </message>
    <message>
        <source>Only the selected provider&apos;s products</source>
        <translation>仅显示所选服务商的产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Review batch</source>
        <translation>评审批次</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审结果</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 %1：%3</translation>
    </message>
    <message>
        <source>%1 of %2 providers · %3 of %4 products</source>
        <translation>服务商 %1 / %2 家 · 产品 %3 / %4 个</translation>
    </message>
    <message>
        <source>Standing of %1</source>
        <translation>%1 的资源池状态</translation>
    </message>
    <message>
        <source>&amp;Standing</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>dx::ProviderRepository</name>
    <message>
        <source>The record was changed by someone else since you opened it; nothing was saved.</source>
        <translation>您打开后该记录已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The provider name is required.</source>
        <translation>服务商名称为必填项。</translation>
    </message>
    <message>
        <source>Choose at least one role: traction unit, integrator or product vendor.</source>
        <translation>请至少选择一种角色：牵引单位、集成服务商或产品服务商。</translation>
    </message>
    <message>
        <source>A warning, a rectification order or a removal needs its reason and date.</source>
        <translation>警示、责令整改或移出资源池须填写原因和日期。</translation>
    </message>
    <message>
        <source>The product name is required.</source>
        <translation>产品名称为必填项。</translation>
    </message>
    <message>
        <source>A product belongs to a provider.</source>
        <translation>产品须归属于某一服务商。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>A rejected product needs the reason of the rejection.</source>
        <translation>未入选的产品须填写原因。</translation>
    </message>
    <message>
        <source>The credit code %1 is already registered for the provider &quot;%2&quot;.</source>
        <translation>统一社会信用代码 %1 已登记为服务商“%2”。</translation>
    </message>
    <message>
        <source>The provider (id %1) does not exist.</source>
        <translation>服务商（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>The provider was changed by someone else since you opened it; nothing was saved.</source>
        <translation>您打开后该服务商已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The provider of the product does not exist.</source>
        <translation>该产品所属的服务商不存在。</translation>
    </message>
    <message>
        <source>The product (id %1) does not exist.</source>
        <translation>产品（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>The product was changed by someone else since you opened it; nothing was saved.</source>
        <translation>您打开后该产品已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not save the provider &quot;%1&quot;: %2</source>
        <translation>无法保存服务商“%1”：%2</translation>
    </message>
    <message>
        <source>Could not save the product &quot;%1&quot;: %2</source>
        <translation>无法保存产品“%1”：%2</translation>
    </message>
</context>
<context>
    <name>dx::QuestionnaireWidget</name>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1（%2 分）</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>%1 (%2 points)%3</source>
        <translation>%1（%2 分）%3</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation>%1 — %2 分</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 / %2 分</translation>
    </message>
</context>
<context>
    <name>dx::RecordDecoder</name>
    <message>
        <source>The package is refused: a record of %1 refers to a record of %2 (%3) that neither the package nor this database holds.</source>
        <translation>已拒绝该数据包：表 %1 中的记录引用了表 %2 中的记录（%3），但数据包和本数据库中均没有该记录。</translation>
    </message>
    <message>
        <source>The package names a cluster &quot;%1&quot; this database does not have.</source>
        <translation>数据包中的产业集群“%1”在本数据库中不存在。</translation>
    </message>
</context>
<context>
    <name>dx::RecordSchema</name>
    <message>
        <source>has no valid uuid</source>
        <translation>没有有效的 uuid</translation>
    </message>
    <message>
        <source>has no valid version</source>
        <translation>没有有效的版本号</translation>
    </message>
    <message>
        <source>has no fields</source>
        <translation>没有任何字段</translation>
    </message>
    <message>
        <source>has an unknown field &quot;%1&quot;</source>
        <translation>含有未知字段“%1”</translation>
    </message>
    <message>
        <source>lacks the field %1</source>
        <translation>缺少字段 %1</translation>
    </message>
    <message>
        <source>field %1 %2</source>
        <translation>字段 %1 %2</translation>
    </message>
    <message>
        <source>belongs to neither a diagnosis nor an enterprise</source>
        <translation>既不属于诊断，也不属于企业</translation>
    </message>
    <message>
        <source>has no owner</source>
        <translation>没有所属记录</translation>
    </message>
    <message>
        <source>The package is refused: its document of %1 is not valid JSON.</source>
        <translation>已拒绝该数据包：其中 %1 的数据文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The package is refused: its document of %1 has the wrong shape.</source>
        <translation>已拒绝该数据包：其中 %1 的数据文件结构不正确。</translation>
    </message>
    <message>
        <source>The package is refused: its document of %1 holds a non-record.</source>
        <translation>已拒绝该数据包：其中 %1 的数据文件含有非记录内容。</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>出现了两次</translation>
    </message>
</context>
<context>
    <name>dx::ReferenceRepository</name>
    <message>
        <source>The reference data %1 is missing from the application.</source>
        <translation>应用程序中缺少基础数据 %1。</translation>
    </message>
    <message>
        <source>The reference data %1 is malformed: %2</source>
        <translation>基础数据 %1 格式有误：%2</translation>
    </message>
    <message>
        <source>Could not store reference data: %1</source>
        <translation>无法保存基础数据：%1</translation>
    </message>
</context>
<context>
    <name>dx::RegisterExchange</name>
    <message>
        <source>enterprises-%1.xlsx</source>
        <translation>企业名录-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>导出企业名录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Write the full contact phone numbers? Choose No to keep them masked (138****5678) as the register shows them.</source>
        <translation>是否写入完整的联系电话？选择“否”则与企业名录的显示方式一致，隐去部分号码（138****5678）。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1 enterprises written to %2.</source>
        <translation>已将 %1 家企业写入 %2。</translation>
    </message>
</context>
<context>
    <name>dx::ReportDialog</name>
    <message>
        <source>Print contact phone numbers in full</source>
        <translation>打印完整的联系电话</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Enterprise dossier (一企一档)</source>
        <translation>一企一档</translation>
    </message>
    <message>
        <source>Diagnosis report</source>
        <translation>诊断报告</translation>
    </message>
    <message>
        <source>Cluster progress report</source>
        <translation>产业集群进展报告</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>产业集群(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度简报</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the report&apos;s figures…</source>
        <translation>正在读取报告数据…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
</context>
<context>
    <name>dx::ReportsMenu</name>
    <message>
        <source>Re&amp;ports</source>
        <translation>报告(&amp;P)</translation>
    </message>
    <message>
        <source>Enterprise &amp;dossier (一企一档)…</source>
        <translation>一企一档(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Cluster progress report…</source>
        <translation>产业集群进展报告(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Monthly summary…</source>
        <translation>月度简报(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Batch print dossiers…</source>
        <translation>批量打印一企一档(&amp;B)…</translation>
    </message>
    <message>
        <source>Bureau &amp;name in the header…</source>
        <translation>页眉单位名称(&amp;N)…</translation>
    </message>
    <message>
        <source>Enterprise dossier</source>
        <translation>一企一档</translation>
    </message>
    <message>
        <source>Select an enterprise in the register first.</source>
        <translation>请先在企业名录中选择一家企业。</translation>
    </message>
    <message>
        <source>Bureau name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Printed at the top of every report:</source>
        <translation>打印在每份报告页眉处的单位名称：</translation>
    </message>
</context>
<context>
    <name>dx::Role</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>服务商人员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
</context>
<context>
    <name>dx::RowCells</name>
    <message>
        <source>Write 是 or 否.</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
</context>
<context>
    <name>dx::SceneGridWidget</name>
    <message>
        <source>Rate each business scene from level 1 (spreadsheets, simple tools) to level 4 (models and AI drive decisions). Binding scenes count for the level rules.</source>
        <translation>请对每个业务场景评定等级，从一级（使用电子表格、简单工具）到四级（由模型和人工智能驱动决策）。约束性场景计入等级判定规则。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>业务场景</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>约束性</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>What this level means</source>
        <translation>等级描述</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>约束性</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
</context>
<context>
    <name>dx::Scoring</name>
    <message>
        <source>%1: %2 is outside %3–%4 %5</source>
        <translation>%1：%2 超出 %3–%4 %5 的范围</translation>
    </message>
    <message>
        <source>%1: choose exactly one of the listed answers</source>
        <translation>%1：请从所列答案中选择一项</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the answers</source>
        <translation>%1：“%2”不是有效的答案</translation>
    </message>
    <message>
        <source>The highest level of the index is reached.</source>
        <translation>已达到评测指标的最高等级。</translation>
    </message>
    <message>
        <source>%1 needs at least %2 points: %3 more than the %4 reached.</source>
        <translation>达到%1需至少 %2 分：当前得分 %4 分，尚差 %3 分。</translation>
    </message>
    <message>
        <source>%1 needs %2 business scenes at level %3 or above: %4 more.</source>
        <translation>达到%1需有 %2 个业务场景达到%3级及以上：尚差 %4 个。</translation>
    </message>
    <message>
        <source>Of those, %1 must be binding scenes: %2 more binding scenes are needed.</source>
        <translation>其中须有 %1 个约束性场景：尚差 %2 个约束性场景。</translation>
    </message>
    <message>
        <source>All requirements of %1 are met.</source>
        <translation>已满足%1的全部要求。</translation>
    </message>
    <message>
        <source>add &quot;%1&quot;</source>
        <translation>增加“%1”</translation>
    </message>
    <message>
        <source>raise above %1 %2</source>
        <translation>提高到 %1 %2 以上</translation>
    </message>
    <message>
        <source>reach &quot;%1&quot;</source>
        <translation>达到“%1”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be combined with other answers</source>
        <translation>%1：“%2”不能与其他选项同时选择</translation>
    </message>
</context>
<context>
    <name>dx::SheetWriter</name>
    <message>
        <source>%1: choose a file ending in .xlsx (Excel workbook) or .csv.</source>
        <translation>%1：请选择扩展名为 .xlsx（Excel 工作簿）或 .csv 的文件。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>dx::SubsidyPolicy</name>
    <message>
        <source>The policy has an unknown field &quot;%1&quot;; the known fields are: %2.</source>
        <translation>政策中含有未知字段“%1”；可用字段为：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown field &quot;%2&quot;; the known fields are: %3.</source>
        <translation>“%1”中含有未知字段“%2”；可用字段为：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive amount in yuan with at most two decimals, e.g. &quot;600000.00&quot;.</source>
        <translation>“%1”须为以元为单位的正数金额，最多保留两位小数，例如“600000.00”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>“%1”须为 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date written as YYYY-MM-DD.</source>
        <translation>“%1”须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of cost categories, e.g. [&quot;software&quot;, &quot;cloud&quot;].</source>
        <translation>“%1”须为费用类别列表，例如 [&quot;software&quot;, &quot;cloud&quot;]。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list cost categories as non-empty strings.</source>
        <translation>“%1”中的费用类别须为非空字符串。</translation>
    </message>
    <message>
        <source>Fixed award</source>
        <translation>定额奖励</translation>
    </message>
    <message>
        <source>Share of the verified cost</source>
        <translation>按核定成本比例补助</translation>
    </message>
    <message>
        <source>The policy is not valid JSON: %1 (at character %2).</source>
        <translation>政策不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The policy must be a JSON object.</source>
        <translation>政策必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The policy format %1 is not supported; this version reads format %2 (&quot;format&quot;: %2).</source>
        <translation>不支持政策格式 %1；本版本仅能读取格式 %2（&quot;format&quot;: %2）。</translation>
    </message>
    <message>
        <source>The policy needs a &quot;name&quot;.</source>
        <translation>政策须包含名称（“name”）。</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;rate&quot; (a share of the verified cost) or &quot;fixed&quot; (fixed awards).</source>
        <translation>“kind”须为“rate”（按核定成本比例补助）或“fixed”（定额奖励）。</translation>
    </message>
    <message>
        <source>&quot;purpose&quot; must be &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>“purpose”须为“%1”或“%2”。</translation>
    </message>
    <message>
        <source>A rate policy needs &quot;rateBasisPoints&quot; from 1 to 10000 (5000 = 50%).</source>
        <translation>按比例补助的政策须设置 1 至 10000 之间的“rateBasisPoints”（5000 即 50%）。</translation>
    </message>
    <message>
        <source>&quot;capsByLevel&quot; must map levels to caps, e.g. {&quot;2&quot;: &quot;600000.00&quot;, &quot;3&quot;: &quot;1000000.00&quot;}.</source>
        <translation>“capsByLevel”须为等级与上限的对应关系，例如 {&quot;2&quot;: &quot;600000.00&quot;, &quot;3&quot;: &quot;1000000.00&quot;}。</translation>
    </message>
    <message>
        <source>&quot;capsByLevel&quot;: &quot;%1&quot; is not a level from 1 to 4.</source>
        <translation>“capsByLevel”：“%1”不是 1 至 4 之间的等级。</translation>
    </message>
    <message>
        <source>The cost category &quot;%1&quot; is listed both as eligible and as excluded.</source>
        <translation>费用类别“%1”同时被列为可补助类别和排除类别。</translation>
    </message>
    <message>
        <source>&quot;contractWindow&quot; must be an object such as {&quot;from&quot;: &quot;2023-10-11&quot;, &quot;to&quot;: &quot;2026-12-31&quot;}.</source>
        <translation>“contractWindow”须为对象，例如 {&quot;from&quot;: &quot;2023-10-11&quot;, &quot;to&quot;: &quot;2026-12-31&quot;}。</translation>
    </message>
    <message>
        <source>&quot;contractWindow&quot; needs &quot;from&quot;, &quot;to&quot; or both.</source>
        <translation>“contractWindow”须包含“from”、“to”或两者。</translation>
    </message>
    <message>
        <source>The contract window ends (%2) before it starts (%1).</source>
        <translation>合同签订期限的结束日期（%2）早于开始日期（%1）。</translation>
    </message>
    <message>
        <source>&quot;conditions&quot; must be an object.</source>
        <translation>“conditions”须为对象。</translation>
    </message>
    <message>
        <source>&quot;conditions.requireAcceptedProject&quot; must be true or false.</source>
        <translation>“conditions.requireAcceptedProject”须为 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;conditions.size&quot; must be &quot;either&quot; (revenue or staff within the limit) or &quot;both&quot;.</source>
        <translation>“conditions.size”须为“either”（营业收入或从业人数其一不超过上限即可）或“both”。</translation>
    </message>
    <message>
        <source>&quot;awards&quot; belong to a fixed-award policy (&quot;kind&quot;: &quot;fixed&quot;).</source>
        <translation>“awards”仅适用于定额奖励政策（&quot;kind&quot;: &quot;fixed&quot;）。</translation>
    </message>
    <message>
        <source>&quot;awards&quot; must be a list.</source>
        <translation>“awards”须为列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with a label and an amount.</source>
        <translation>“%1”须为包含名称（label）和金额（amount）的对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;label&quot;.</source>
        <translation>“%1”须包含“label”。</translation>
    </message>
    <message>
        <source>&quot;%1.minTier&quot; must be one of: %2.</source>
        <translation>“%1.minTier”须为以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1.showcase&quot; must be true or false.</source>
        <translation>“%1.showcase”须为 true 或 false。</translation>
    </message>
    <message>
        <source>A fixed-award policy needs at least one entry in &quot;awards&quot;.</source>
        <translation>定额奖励政策的“awards”中须至少包含一项。</translation>
    </message>
    <message>
        <source>The example policy %1 is missing from the application.</source>
        <translation>应用程序中缺少示例政策 %1。</translation>
    </message>
    <message>
        <source>The example policy %1 is invalid: %2</source>
        <translation>示例政策 %1 无效：%2</translation>
    </message>
    <message>
        <source>The example policies are missing from the application.</source>
        <translation>应用程序中缺少示例政策。</translation>
    </message>
</context>
<context>
    <name>dx::TableFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 workbook (.xls). Open it in Excel or WPS and save it as .xlsx (Excel workbook), then import that file.</source>
        <translation>%1 是旧版 Excel 97–2003 工作簿（.xls）。请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿），然后导入另存的文件。</translation>
    </message>
</context>
<context>
    <name>dx::Tier</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Innovative SME</source>
        <translation>创新型中小企业</translation>
    </message>
    <message>
        <source>Specialized and sophisticated SME</source>
        <translation>专精特新中小企业</translation>
    </message>
    <message>
        <source>Little giant</source>
        <translation>专精特新“小巨人”企业</translation>
    </message>
    <message>
        <source>Single champion</source>
        <translation>制造业单项冠军企业</translation>
    </message>
</context>
<context>
    <name>dx::Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法启动数据库事务：%1</translation>
    </message>
    <message>
        <source>The transaction is already finished.</source>
        <translation>该事务已结束。</translation>
    </message>
    <message>
        <source>A part of the change failed; nothing was saved.</source>
        <translation>部分修改未能完成，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>Your role here is viewer: you can look at everything but change nothing. Nothing was changed.</source>
        <translation>您在这里的角色是只读用户：可以查看全部内容，但不能修改。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>dx::TrendChart</name>
    <message>
        <source>The last twelve months</source>
        <translation>近十二个月</translation>
    </message>
    <message>
        <source>%1, 20%2: %3</source>
        <translation>%1，20%2：%3</translation>
    </message>
    <message>
        <source>Enterprises diagnosed for the first time</source>
        <translation>首次诊断企业</translation>
    </message>
    <message>
        <source>Enterprises accepted for the first time</source>
        <translation>首次通过验收企业</translation>
    </message>
</context>
<context>
    <name>dx::UserRepository</name>
    <message>
        <source>Could not read the users: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>No user with the login &quot;%1&quot;.</source>
        <translation>没有登录名为“%1”的用户。</translation>
    </message>
    <message>
        <source>Could not read your role: %1</source>
        <translation>无法读取您的角色：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable login: use 1 to 63 letters, digits or . _ @ -, no spaces.</source>
        <translation>“%1”不能用作登录名：请使用 1 到 63 个字母、数字或 . _ @ -，不含空格。</translation>
    </message>
    <message>
        <source>A service provider&apos;s login needs the provider it works for.</source>
        <translation>服务商人员的登录名必须指定其所属服务商。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; already exists.</source>
        <translation>登录名“%1”已存在。</translation>
    </message>
    <message>
        <source>Only administrators manage users; nothing was changed.</source>
        <translation>只有管理员可以管理用户；未做任何更改。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; was changed by %2 at %3 after you opened it; nothing was saved.</source>
        <translation>用户“%1”在您打开后已由 %2 于 %3 修改；未保存任何内容。</translation>
    </message>
    <message>
        <source>A login cannot be renamed; add a new user and deactivate the old one.</source>
        <translation>登录名不能更改；请新增用户并停用原用户。</translation>
    </message>
    <message>
        <source>Could not save the user: %1</source>
        <translation>无法保存用户：%1</translation>
    </message>
    <message>
        <source>The server refused the login &quot;%1&quot;: %2</source>
        <translation>服务器拒绝了登录名“%1”：%2</translation>
    </message>
    <message>
        <source>After this change you (%1) would no longer be an administrator here; nothing was saved. Add yourself as an administrator first.</source>
        <translation>此更改后您（%1）将不再是这里的管理员；未保存任何内容。请先把自己添加为管理员。</translation>
    </message>
</context>
<context>
    <name>dx::UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Who works with this database file and as what. A viewer&apos;s copy opens read-only; a provider&apos;s staff see no grants. Logins are the computer&apos;s user names.</source>
        <translation>谁使用此数据库文件、以什么角色。只读用户打开时为只读；服务商人员看不到补助。登录名即本机的用户名。</translation>
    </message>
    <message>
        <source>The server enforces these roles: a provider&apos;s login reads only the enterprises assigned to it and no grants, a viewer changes nothing, only administrators manage users, funds and policies. Saving creates or changes the server login.</source>
        <translation>这些角色由服务器强制执行：服务商人员的登录名只能读取分配给其服务商的企业、看不到补助；只读用户不能修改任何内容；只有管理员可以管理用户、资金和政策。保存时同时创建或修改服务器登录名。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>unchanged when empty; sent to the server, stored nowhere here</source>
        <translation>留空则不变；只发送给服务器，本机不保存</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>再输一次(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>新增用户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>可登录</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>两次输入的密码不一致；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>dx::ValueParsers</name>
    <message>
        <source>&quot;%1&quot; is not a plausible date: the year %2 is outside 1900–9999.</source>
        <translation>“%1”不是合理的日期：年份 %2 不在 1900–9999 之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: %2-%3 has no day %4.</source>
        <translation>“%1”不是真实存在的日期：%2-%3 这个月没有 %4 日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is Excel&apos;s day 60, 29 February 1900, a day that never existed (a leap-year error Excel keeps for compatibility). Enter the date as text.</source>
        <translation>“%1”是 Excel 的第 60 天，即 1900 年 2 月 29 日，这一天实际并不存在（这是 Excel 为保持兼容而保留的闰年错误）。请以文本形式输入日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: as an Excel date number it must lie between 1 and %2.</source>
        <translation>“%1”不是日期：作为 Excel 日期序号，它必须在 1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Write digits, for example 1234.56, 1,234.56 or 12.5万元.</source>
        <translation>“%1”不是金额。请填写数字，例如 1234.56、1,234.56 或 12.5万元。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimal places; the smallest amount is one fen (0.01 元).</source>
        <translation>“%1”的小数超过两位；金额最小单位为分（0.01 元）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more precise than one fen (0.01 元).</source>
        <translation>“%1”的精度超过了分（0.01 元）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount.</source>
        <translation>“%1”数值过大，不能作为金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; this amount cannot be below zero.</source>
        <translation>“%1”为负数；此金额不能小于零。</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>数值为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number. Write digits, for example 120 or 1,234.</source>
        <translation>“%1”不是整数。请填写数字，例如 120 或 1,234。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>“%1”数值过大。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; this number cannot be below zero.</source>
        <translation>“%1”为负数；此数值不能小于零。</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2023-07-18, 2023/7/18 or 2023年7月18日.</source>
        <translation>“%1”不是日期。请按 2023-07-18、2023/7/18 或 2023年7月18日 的格式填写。</translation>
    </message>
</context>
<context>
    <name>dx::ViewExport</name>
    <message>
        <source>This list cannot be exported.</source>
        <translation>此列表无法导出。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>This area has no list to export.</source>
        <translation>此区域没有可导出的列表。</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>导出哪个列表？</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>导出此列表…</translation>
    </message>
</context>
<context>
    <name>dx::XlsxReader</name>
    <message>
        <source>The workbook %1 is damaged: its part %2 is not valid XML (line %3: %4).</source>
        <translation>工作簿 %1 已损坏：其部件 %2 不是有效的 XML（第 %3 行：%4）。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an .xlsx workbook (its main part %2 is a &lt;%3&gt;, not a workbook).</source>
        <translation>%1 是 zip 压缩包，但不是 .xlsx 工作簿（其主部件 %2 是 &lt;%3&gt;，而不是工作簿）。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: its part %2 is empty.</source>
        <translation>工作簿 %1 已损坏：其部件 %2 为空。</translation>
    </message>
    <message>
        <source>The workbook %1 holds a text of %2 characters (shared text number %3); a cell may hold at most %4.</source>
        <translation>工作簿 %1 中有一段文本长达 %2 个字符（共享文本第 %3 项）；单元格最多只能容纳 %4 个字符。</translation>
    </message>
    <message>
        <source>Cell %1 of sheet &quot;%2&quot; in %3: %4</source>
        <translation>%3 中工作表“%2”的单元格 %1：%4</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; in %2 has a row numbered &quot;%3&quot;, which is not a row of a sheet.</source>
        <translation>%2 中的工作表“%1”含有编号为“%3”的行，该编号不是有效的行号。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; in %2 has a cell named &quot;%3&quot;, which is not a cell reference.</source>
        <translation>%2 中的工作表“%1”含有名为“%3”的单元格，该名称不是有效的单元格引用。</translation>
    </message>
    <message>
        <source>the row has more than 16,384 cells.</source>
        <translation>该行超过 16,384 个单元格。</translation>
    </message>
    <message>
        <source>it refers to shared text number %1, which the workbook does not have.</source>
        <translation>它引用了共享文本第 %1 项，但工作簿中没有该项。</translation>
    </message>
    <message>
        <source>it holds %1 characters; a cell may hold at most %2.</source>
        <translation>其中有 %1 个字符；单元格最多只能容纳 %2 个字符。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; in %2 has more than %3 cells, more than can be imported at once.</source>
        <translation>%2 中的工作表“%1”包含的单元格超过 %3 个，超出单次可导入的上限。</translation>
    </message>
    <message>
        <source>The workbook %1 is %2 MB; workbooks over %3 MB cannot be imported. Split it into smaller files.</source>
        <translation>工作簿 %1 大小为 %2 MB，超过 %3 MB 的工作簿无法导入。请将其拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>(data in memory)</source>
        <translation>（内存中的数据）</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an .xlsx workbook: it has no %2.</source>
        <translation>%1 是 zip 压缩包，但不是 .xlsx 工作簿：其中没有 %2。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: sheet &quot;%2&quot; has no link to its data.</source>
        <translation>工作簿 %1 已损坏：工作表“%2”没有指向其数据的链接。</translation>
    </message>
    <message>
        <source>The workbook %1 contains no worksheets.</source>
        <translation>工作簿 %1 中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: the data of sheet &quot;%2&quot; (part %3) is missing.</source>
        <translation>工作簿 %1 已损坏：工作表“%2”的数据（部件 %3）缺失。</translation>
    </message>
    <message>
        <source>The workbook %1 has %2 worksheets; there is no sheet number %3.</source>
        <translation>工作簿 %1 共有 %2 个工作表，不存在第 %3 个工作表。</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation>工作簿 %1 中没有名为“%2”的工作表。其中的工作表有：%3。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (it is a folder or you lack permission).</source>
        <translation>无法读取文件 %1（它是文件夹，或您没有访问权限）。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>Not an Excel .xlsx file: %1 is empty.</source>
        <translation>不是 Excel .xlsx 文件：%1 为空。</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook or a password-protected workbook. Open it in Excel and save it as an Excel workbook (.xlsx) without a password.</source>
        <translation>%1 是旧版 Excel .xls 工作簿或受密码保护的工作簿。请在 Excel 中打开，另存为不设密码的 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is a damaged or incomplete .xlsx file: its zip directory cannot be read. It may have been cut off while copying or downloading.</source>
        <translation>%1 是已损坏或不完整的 .xlsx 文件：无法读取其 zip 目录。该文件可能在复制或下载过程中被截断。</translation>
    </message>
    <message>
        <source>Not an Excel .xlsx file: %1 is a text file. If it is a CSV file, import it as CSV.</source>
        <translation>不是 Excel .xlsx 文件：%1 是文本文件。如果它是 CSV 文件，请作为 CSV 文件导入。</translation>
    </message>
    <message>
        <source>Not an Excel .xlsx file: %1 is not a zip archive, which every .xlsx workbook is.</source>
        <translation>不是 Excel .xlsx 文件：%1 不是 zip 压缩包，而 .xlsx 工作簿都是 zip 压缩包。</translation>
    </message>
    <message>
        <source>The workbook %1 has no part %2.</source>
        <translation>工作簿 %1 中没有部件 %2。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: the entry of part %2 cannot be read.</source>
        <translation>工作簿 %1 已损坏：无法读取部件 %2 的条目。</translation>
    </message>
    <message>
        <source>The workbook %1 is password-protected (part %2 is encrypted). Save it without a password first.</source>
        <translation>工作簿 %1 受密码保护（部件 %2 已加密）。请先将其另存为不设密码的工作簿。</translation>
    </message>
    <message>
        <source>The workbook %1 uses a compression method (%2) that is not supported, in part %3.</source>
        <translation>工作簿 %1 的部件 %3 使用了不受支持的压缩方式（%2）。</translation>
    </message>
    <message>
        <source>The workbook %1 is refused: its part %2 would unpack to far more data than it holds (over %3 to 1). Such files are built to exhaust memory (a &quot;zip bomb&quot;).</source>
        <translation>已拒绝工作簿 %1：其部件 %2 解压后的数据量远超其自身大小（压缩比超过 %3:1）。此类文件是为耗尽内存而特意构造的（即“zip 炸弹”）。</translation>
    </message>
    <message>
        <source>The workbook %1 is too large to import: its part %2 unpacks to more than %3 MB.</source>
        <translation>工作簿 %1 过大，无法导入：其部件 %2 解压后超过 %3 MB。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: part %2 cannot be opened.</source>
        <translation>工作簿 %1 已损坏：无法打开部件 %2。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: the data of part %2 cannot be unpacked.</source>
        <translation>工作簿 %1 已损坏：无法解压部件 %2 的数据。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: part %2 fails its checksum (CRC).</source>
        <translation>工作簿 %1 已损坏：部件 %2 未通过校验（CRC）。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: part %2 ends unexpectedly.</source>
        <translation>工作簿 %1 已损坏：部件 %2 的数据意外中断。</translation>
    </message>
    <message>
        <source>Reading the workbook %1 was cancelled.</source>
        <translation>已取消读取工作簿 %1。</translation>
    </message>
</context>
<context>
    <name>dx::XlsxWriter</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder is writable and the file is not open in another program.</source>
        <translation>无法写入 %1：%2。请检查该文件夹是否可写入，以及该文件是否已在其他程序中打开。</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder is available (%2).</source>
        <translation>无法写入 %1：没有可用的临时文件夹（%2）。</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation>无法写入 %1：无法创建工作簿。</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook was not opened.</source>
        <translation>无法写入 %1：工作簿未打开。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns; this export has %2.</source>
        <translation>Excel 工作表最多只能有 %1 列；本次导出有 %2 列。</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot; to %2.</source>
        <translation>无法将工作表“%1”添加到 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: no sheet was started.</source>
        <translation>无法写入 %1：尚未开始写入任何工作表。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is full: an Excel sheet holds at most %2 rows. Export the rest to another sheet or to CSV.</source>
        <translation>工作表“%1”已满：Excel 工作表最多只能有 %2 行。请将其余数据导出到另一个工作表或 CSV 文件。</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells; an Excel sheet holds at most %3 columns.</source>
        <translation>第 %1 行有 %2 个单元格；Excel 工作表最多只能有 %3 列。</translation>
    </message>
    <message>
        <source>Cell %1 of sheet &quot;%2&quot;: the text has %3 characters; an Excel cell holds at most %4.</source>
        <translation>工作表“%2”的单元格 %1：文本有 %3 个字符；Excel 单元格最多只能容纳 %4 个字符。</translation>
    </message>
    <message>
        <source>Cell %1 of sheet &quot;%2&quot; could not be written: %3.</source>
        <translation>无法写入工作表“%2”的单元格 %1：%3。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished workbook could not be read back (%2).</source>
        <translation>无法写入 %1：无法回读已生成的工作簿（%2）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the disk is not full and the file is not open in another program.</source>
        <translation>无法写入 %1：%2。请检查磁盘空间是否已满，以及该文件是否已在其他程序中打开。</translation>
    </message>
</context>
<context>
    <name>dx::format</name>
    <message>
        <source>%1 10k yuan</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 (yuan)</source>
        <translation>%1（元）</translation>
    </message>
    <message>
        <source>%1 (10k yuan)</source>
        <translation>%1（万元）</translation>
    </message>
</context>
<context>
    <name>dx::report::DiagnosisReport</name>
    <message>
        <source>There is no diagnosis %1.</source>
        <translation>不存在 id 为 %1 的诊断。</translation>
    </message>
    <message>
        <source>Digital level diagnosis report — %1</source>
        <translation>数字化水平诊断报告——%1</translation>
    </message>
    <message>
        <source>%1 · visit %2 · %3</source>
        <translation>%1 · 现场诊断 %2 · %3</translation>
    </message>
    <message>
        <source>Diagnosis %1 %2</source>
        <translation>诊断报告 %1 %2</translation>
    </message>
    <message>
        <source>Enterprise and visit</source>
        <translation>企业及现场诊断信息</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>诊断类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation>（已被修订版取代）</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>现场诊断日期</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>诊断服务商</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评测人员</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>评测指标</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 分（满分 %2 分）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>This index version records the total score only.</source>
        <translation>该版本评测指标仅记录总分。</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>诊断发现与改进建议</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>诊断发现</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>Enterprise (seal)</source>
        <translation>企业（盖章）</translation>
    </message>
    <message>
        <source>Signature:

Date:</source>
        <translation>签字：

日期：</translation>
    </message>
    <message>
        <source>Signature: %1

Date:</source>
        <translation>签字：%1

日期：</translation>
    </message>
    <message>
        <source>Score by dimension</source>
        <translation>各维度得分</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Full points</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Share of full points</source>
        <translation>得分率</translation>
    </message>
    <message>
        <source>Share of full points by dimension (%)</source>
        <translation>各维度得分率（%）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Answers and points by item</source>
        <translation>各评测项作答及得分</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评测项</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答情况</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Business scenes</source>
        <translation>业务场景</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>业务场景</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>约束性</translation>
    </message>
    <message>
        <source>What the level means</source>
        <translation>等级描述</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Level and gap to the next level</source>
        <translation>等级及距下一等级的差距</translation>
    </message>
    <message>
        <source>The enterprise reaches %1 with %2 points.</source>
        <translation>该企业得分 %2 分，达到%1。</translation>
    </message>
    <message>
        <source>The enterprise does not reach a level yet (%1 points).</source>
        <translation>该企业得分 %1 分，尚未达级。</translation>
    </message>
    <message>
        <source>The highest level is reached.</source>
        <translation>已达到最高等级。</translation>
    </message>
    <message>
        <source>Suggested change</source>
        <translation>建议改进内容</translation>
    </message>
    <message>
        <source>Points gained</source>
        <translation>可提升分值</translation>
    </message>
    <message>
        <source>Steps that give the most points for the least change</source>
        <translation>改动最小、提分最多的改进项</translation>
    </message>
</context>
<context>
    <name>dx::report::DossierBatch</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Enterprise dossiers</source>
        <translation>一企一档</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>dx::report::DossierReport</name>
    <message>
        <source>No enterprise has the credit code %1.</source>
        <translation>未找到信用代码为 %1 的企业。</translation>
    </message>
    <message>
        <source>Enterprise dossier — %1</source>
        <translation>一企一档——%1</translation>
    </message>
    <message>
        <source>Unified social credit code %1 · printed %2</source>
        <translation>统一社会信用代码 %1 · 打印日期 %2</translation>
    </message>
    <message>
        <source>Enterprise profile</source>
        <translation>企业基本信息</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1（有效期至 %2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Industry cluster</source>
        <translation>所属产业集群</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Above designated size</source>
        <translation>规模以上企业（规上）</translation>
    </message>
    <message>
        <source>Below designated size</source>
        <translation>规模以下企业（规下）</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Annual revenue (yuan)</source>
        <translation>年营业收入（元）</translation>
    </message>
    <message>
        <source>专精特新 tier</source>
        <translation>专精特新梯度</translation>
    </message>
    <message>
        <source>Service commissioner</source>
        <translation>服务专员</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（修改人：%2）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact phone numbers are masked in this print (personal information protection).</source>
        <translation>为保护个人信息，本打印件中的联系电话已隐去部分号码。</translation>
    </message>
    <message>
        <source>Diagnoses and assessments</source>
        <translation>诊断与评测记录</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>现场诊断日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评测人员</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>评测指标</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被修订版取代</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>No diagnosis has been recorded.</source>
        <translation>暂无诊断记录。</translation>
    </message>
    <message>
        <source>Before and after transformation (%1 → %2)</source>
        <translation>改造前后对比（%1 → %2）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>对比项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改造前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改造后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>佐证材料文件</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence of the diagnoses</source>
        <translation>诊断佐证材料</translation>
    </message>
    <message>
        <source>Change history (summary)</source>
        <translation>变更记录（摘要）</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>phone number displayed</source>
        <translation>查看完整电话号码</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>变更字段数</translation>
    </message>
    <message numerus="yes">
        <source>%n changes recorded; the latest %1 are listed.</source>
        <translation>
            <numerusform>共记录变更 %n 次，下表列出最近 %1 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded.</source>
        <translation>
            <numerusform>共记录变更 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Transformation projects</source>
        <translation>改造项目</translation>
    </message>
    <message>
        <source>No project has been recorded.</source>
        <translation>暂无改造项目记录。</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>项目：%1（%2）</translation>
    </message>
    <message>
        <source>Traction unit</source>
        <translation>牵引单位</translation>
    </message>
    <message>
        <source>Integrator</source>
        <translation>集成服务商</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订日期</translation>
    </message>
    <message>
        <source>Contract amount (yuan)</source>
        <translation>合同金额（元）</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>目标等级</translation>
    </message>
    <message>
        <source>Product vendors</source>
        <translation>产品供应商</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>可申请奖补</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Acceptance inspected</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>验收人员</translation>
    </message>
    <message>
        <source>Dossier verified on site</source>
        <translation>一企一档资料已现场核验</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>验收意见</translation>
    </message>
    <message>
        <source>Subsidy grants</source>
        <translation>奖补申请</translation>
    </message>
    <message>
        <source>No subsidy application has been recorded.</source>
        <translation>暂无奖补申请记录。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1——%2（%3）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Requested (yuan)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <source>Eligible (yuan)</source>
        <translation>可补助金额（元）</translation>
    </message>
    <message>
        <source>Approved (yuan)</source>
        <translation>批准金额（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已拨付金额（元）</translation>
    </message>
    <message>
        <source>How the eligible amount was computed (policy version %1)</source>
        <translation>可补助金额核算说明（政策第 %1 版）</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>笔次</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>拨付依据</translation>
    </message>
</context>
<context>
    <name>dx::report::Format</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>未达级</translation>
    </message>
    <message>
        <source>SME Bureau</source>
        <translation>中小企业局</translation>
    </message>
</context>
<context>
    <name>dx::report::PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>无法开始生成 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Cannot finish the PDF %1.</source>
        <translation>无法完成 PDF 文件 %1 的生成。</translation>
    </message>
</context>
<context>
    <name>dx::report::ProgressReports</name>
    <message>
        <source>the whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>enterprises without a cluster</source>
        <translation>未归入产业集群的企业</translation>
    </message>
    <message>
        <source>City progress report</source>
        <translation>全市进展报告</translation>
    </message>
    <message>
        <source>Cluster progress report — %1</source>
        <translation>产业集群进展报告——%1</translation>
    </message>
    <message>
        <source>Digital transformation of SMEs in %1, as of %2</source>
        <translation>%1中小企业数字化转型进展情况（截至 %2）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>Enterprises registered</source>
        <translation>在册企业数</translation>
    </message>
    <message>
        <source>Diagnosed (confirmed baseline)</source>
        <translation>已诊断企业数（改造前诊断已确认）</translation>
    </message>
    <message>
        <source>Projects filed</source>
        <translation>备案项目数</translation>
    </message>
    <message>
        <source>Projects accepted</source>
        <translation>验收通过项目数</translation>
    </message>
    <message>
        <source>Level 2 or above after transformation</source>
        <translation>改造后达二级及以上企业数</translation>
    </message>
    <message>
        <source>Diagnosis → project conversion</source>
        <translation>诊断→项目转化率</translation>
    </message>
    <message>
        <source>Above-size enterprises at level 2 or above</source>
        <translation>达二级及以上的规上企业数</translation>
    </message>
    <message>
        <source>%1 of %2 (%3; target %4%)</source>
        <translation>%1 / %2 家（%3；目标 %4%）</translation>
    </message>
    <message>
        <source>Still to reach the target</source>
        <translation>距目标尚差（家）</translation>
    </message>
    <message>
        <source>Subsidies approved (yuan)</source>
        <translation>已批准奖补资金（元）</translation>
    </message>
    <message>
        <source>Subsidies paid (yuan)</source>
        <translation>已拨付奖补资金（元）</translation>
    </message>
    <message>
        <source>Progress by cluster</source>
        <translation>分产业集群进展</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册企业</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>已诊断</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Level 2+ after</source>
        <translation>改造后达二级及以上</translation>
    </message>
    <message>
        <source>Above size</source>
        <translation>规上</translation>
    </message>
    <message>
        <source>Above size at level 2+</source>
        <translation>规上达二级及以上</translation>
    </message>
    <message>
        <source>Share at level 2+</source>
        <translation>规上达二级及以上比例</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>距目标尚差</translation>
    </message>
    <message>
        <source>Approved (yuan)</source>
        <translation>已批准（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已拨付（元）</translation>
    </message>
    <message>
        <source>(no cluster)</source>
        <translation>（未归入产业集群）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The case flow (enterprises)</source>
        <translation>各环节企业数（家）</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Levels before and now</source>
        <translation>改造前后等级分布</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>First baseline</source>
        <translation>首次诊断</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation>最新评测</translation>
    </message>
    <message>
        <source>Enterprises by level</source>
        <translation>各等级企业数</translation>
    </message>
    <message>
        <source>Subsidy funds</source>
        <translation>奖补资金</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>总额（元）</translation>
    </message>
    <message>
        <source>Paid of total</source>
        <translation>拨付比例</translation>
    </message>
    <message>
        <source>Enterprises and their stage</source>
        <translation>企业名单及所处阶段</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Stage as of %1</source>
        <translation>截至 %1 所处阶段</translation>
    </message>
    <message>
        <source>Latest level</source>
        <translation>最新等级</translation>
    </message>
    <message>
        <source>Below size</source>
        <translation>规下</translation>
    </message>
    <message>
        <source>Monthly summary %1</source>
        <translation>月度简报 %1</translation>
    </message>
    <message>
        <source>SME digital transformation in the city: figures at the end of %1 against the end of %2 and the targets</source>
        <translation>全市中小企业数字化转型：%1 月末数据与 %2 月末数据及目标对比</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>%1 月末</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Above-size enterprises</source>
        <translation>规上企业数</translation>
    </message>
    <message>
        <source>Share of above-size enterprises at level 2 or above</source>
        <translation>规上企业达二级及以上比例</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>不低于 %1%</translation>
    </message>
    <message>
        <source>Changes of shares are in percentage points. Target: the programme&apos;s share of above-size enterprises at level 2 or above (a setting).</source>
        <translation>比例的变化以百分点计。目标：专项设定的规上企业达二级及以上比例（可在设置中修改）。</translation>
    </message>
    <message>
        <source>Activity in the month</source>
        <translation>本月工作情况</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>近十二个月</translation>
    </message>
    <message>
        <source>%1 enterprises (those archived by that date are not listed).</source>
        <translation>共 %1 家企业（截至该日已归档的企业不列入）。</translation>
    </message>
    <message>
        <source>Enterprises diagnosed for the first time</source>
        <translation>首次诊断企业数</translation>
    </message>
    <message>
        <source>Enterprises accepted for the first time</source>
        <translation>首次通过验收企业数</translation>
    </message>
</context>
<context>
    <name>dx::report::Renderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; is not installed (Debian: fonts-wqy-microhei); reports need it so that Chinese text prints and can be searched in the PDF.</source>
        <translation>未安装字体“%1”（Debian：fonts-wqy-microhei）；报告需要该字体，才能正确打印中文并在 PDF 中检索文字。</translation>
    </message>
</context>
</TS>
