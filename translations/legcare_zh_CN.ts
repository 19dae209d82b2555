<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliRunner</name>
    <message>
        <source>Language of the output: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Machine-readable JSON output on stdout.</source>
        <translation>在标准输出上输出供程序读取的 JSON。</translation>
    </message>
    <message>
        <source>The diary database (default: the one the desktop program uses; or LEGCARE_DB).</source>
        <translation>日记数据库（默认使用桌面程序的数据库；也可用 LEGCARE_DB 指定）。</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [arguments]</source>
        <translation>用法：%1 [选项] &lt;命令&gt; [参数]</translation>
    </message>
    <message>
        <source>LegCare on the command line: the knowledge base, the symptom check, stretching routines and the cramp diary.</source>
        <translation>LegCare 命令行工具：知识库、症状自查、拉伸方案和抽筋日记。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>(not available yet)</source>
        <translation>（暂未提供）</translation>
    </message>
    <message>
        <source>Options everywhere:</source>
        <translation>通用选项：</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s own options.</source>
        <translation>运行“%1 &lt;命令&gt; --help”查看该命令自己的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad input or usage.</source>
        <translation>退出码：0 成功；1 操作失败；2 输入或用法有误。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 &lt;command&gt; [options]</source>
        <translation>用法：%1 %2 &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>unsupported language &apos;%1&apos; (use en or zh_CN)</source>
        <translation>不支持的语言“%1”（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>没有指定命令</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>用法：%1 %2 [选项] %3</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>List every condition of the knowledge base</source>
        <translation>列出知识库中的所有病症</translation>
    </message>
    <message>
        <source>Show one condition in full</source>
        <translation>显示某一病症的完整内容</translation>
    </message>
    <message>
        <source>List every exercise of the knowledge base</source>
        <translation>列出知识库中的所有练习</translation>
    </message>
    <message>
        <source>Validate the bundled knowledge base</source>
        <translation>检查内置知识库是否完整、一致</translation>
    </message>
    <message>
        <source>Assess a symptom profile: triage level, likely conditions, advice</source>
        <translation>评估症状资料：紧急程度、可能的病症和建议</translation>
    </message>
    <message>
        <source>List the built-in and your own stretching routines</source>
        <translation>列出内置的和您自己的拉伸方案</translation>
    </message>
    <message>
        <source>Show a routine&apos;s exercises and total time</source>
        <translation>显示拉伸方案中的练习和总时长</translation>
    </message>
    <message>
        <source>Print a routine to a PDF</source>
        <translation>将拉伸方案打印为 PDF</translation>
    </message>
    <message>
        <source>Add a cramp episode to the diary</source>
        <translation>在日记中记录一次抽筋</translation>
    </message>
    <message>
        <source>List diary episodes</source>
        <translation>列出日记中的抽筋记录</translation>
    </message>
    <message>
        <source>Change a diary episode</source>
        <translation>修改一条抽筋记录</translation>
    </message>
    <message>
        <source>Delete a diary episode</source>
        <translation>删除一条抽筋记录</translation>
    </message>
    <message>
        <source>Diary statistics and the frequent-cramps threshold</source>
        <translation>日记统计，以及是否达到“抽筋频繁”的标准</translation>
    </message>
    <message>
        <source>Import episodes from a CSV file (all rows or none)</source>
        <translation>从 CSV 文件导入记录（要么全部导入，要么一条都不导入）</translation>
    </message>
    <message>
        <source>Export every episode to CSV or JSON</source>
        <translation>将所有记录导出为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Write a PDF report to take to a doctor</source>
        <translation>生成一份可带给医生看的 PDF 报告</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not available in this version yet.</source>
        <translation>%1：当前版本暂未提供“%2”。</translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <source>LegCare gives self-care information, not a diagnosis. It does not replace a doctor, nurse or physiotherapist who can examine you.</source>
        <translation>LegCare 提供的是自我护理信息，不是诊断，不能代替能为您当面检查的医生、护士或康复治疗师。</translation>
    </message>
    <message>
        <source>Do not use LegCare in an emergency. Call your local emergency number or go to the nearest emergency department now if you have any of these signs:</source>
        <translation>紧急情况下请不要使用 LegCare。如果出现以下任何一种情况，请立即拨打当地急救电话（如 120）或前往最近的医院急诊：</translation>
    </message>
    <message>
        <source>Sudden chest pain or shortness of breath, especially with a painful or swollen leg</source>
        <translation>突然胸痛或呼吸困难，尤其是同时伴有腿痛或腿肿</translation>
    </message>
    <message>
        <source>A leg or foot that suddenly turns cold, pale or blue</source>
        <translation>一条腿或一只脚突然变凉、变白或发紫</translation>
    </message>
    <message>
        <source>Numbness between the legs or around the buttocks, or new trouble passing or holding urine or stool</source>
        <translation>会阴部或臀部周围发麻，或新出现排尿、排便困难或失禁</translation>
    </message>
    <message>
        <source>One leg swollen, red, warm or discoloured compared with the other</source>
        <translation>一条腿比另一条腿肿，或发红、发热、变色</translation>
    </message>
    <message>
        <source>Fever with a red, warm, painful area</source>
        <translation>发热，同时有红、热、痛的部位</translation>
    </message>
    <message>
        <source>New or increasing weakness in a leg or foot</source>
        <translation>腿或脚新出现无力，或无力越来越重</translation>
    </message>
    <message>
        <source>Severe pain after a fall, blow or twist, or a leg you cannot put weight on</source>
        <translation>摔倒、撞击或扭伤后剧痛，或腿无法承重</translation>
    </message>
</context>
<context>
    <name>legcare::gui::AboutDialog</name>
    <message>
        <source>About LegCare</source>
        <translation>关于 LegCare</translation>
    </message>
    <message>
        <source>LegCare icon</source>
        <translation>LegCare 图标</translation>
    </message>
    <message>
        <source>Helps you look after leg pain and leg cramps yourself, and tells you clearly when to see a doctor instead.</source>
        <translation>帮助您自己照护腿痛和腿抽筋，并清楚地告诉您什么时候应该去看医生。</translation>
    </message>
    <message>
        <source>Your diary stays on this computer. LegCare never connects to the network.</source>
        <translation>您的日记只保存在这台电脑上。LegCare 从不联网。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。使用 Qt %1 构建。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>A log of your cramp episodes with statistics, charts and a report to take to your doctor.</source>
        <translation>记录每次抽筋，提供统计、图表，以及可以带给医生看的报告。</translation>
    </message>
    <message>
        <source>The cramp diary</source>
        <translation>抽筋日记</translation>
    </message>
</context>
<context>
    <name>legcare::gui::DisclaimerBanner</name>
    <message>
        <source>Disclaimer</source>
        <translation>免责声明</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>legcare::gui::LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Conditions that cause leg pain and cramps, their causes, self-care, prevention and when to see a doctor, and every exercise.</source>
        <translation>引起腿痛和抽筋的各种病症：病因、自我护理、预防、何时就医，以及所有练习。</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>知识库</translation>
    </message>
</context>
<context>
    <name>legcare::gui::MainWindow</name>
    <message>
        <source>Symptom check</source>
        <translation>症状自查</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>LegCare</source>
        <translation>LegCare</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
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
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Safety information</source>
        <translation>安全须知(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About LegCare</source>
        <translation>关于 LegCare(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>LegCare will use the new language the next time it starts.</source>
        <translation>LegCare 下次启动时将使用新的语言。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::SafetyNoticeDialog</name>
    <message>
        <source>Before you use LegCare</source>
        <translation>使用 LegCare 之前</translation>
    </message>
    <message>
        <source>Self-care information, not a diagnosis</source>
        <translation>自我护理信息，不是诊断</translation>
    </message>
    <message>
        <source>See a doctor today if you have:</source>
        <translation>如有以下情况，请今天就去看医生：</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>我已了解</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>legcare::gui::StretchingPage</name>
    <message>
        <source>Stretching</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Illustrated stretches and routines for cramps and leg-root pain, with a guided player and a printable sheet.</source>
        <translation>针对抽筋和大腿根部疼痛的图解拉伸与拉伸方案，带跟练播放和可打印的练习单。</translation>
    </message>
    <message>
        <source>Stretching routines</source>
        <translation>拉伸方案</translation>
    </message>
</context>
<context>
    <name>legcare::gui::SymptomCheckPage</name>
    <message>
        <source>See a doctor today if you have:</source>
        <translation>如有以下情况，请今天就去看医生：</translation>
    </message>
    <message>
        <source>Symptom check</source>
        <translation>症状自查</translation>
    </message>
    <message>
        <source>A short interview about your leg pain or cramps that tells you how urgent it is, what it may be and what you can do.</source>
        <translation>回答几个关于腿痛或抽筋的问题，了解情况有多紧急、可能是什么原因，以及您可以怎么做。</translation>
    </message>
    <message>
        <source>The guided symptom check</source>
        <translation>分步症状自查</translation>
    </message>
</context>
<context>
    <name>legcare::gui::UnavailableNotice</name>
    <message>
        <source>%1 is not available in this version of LegCare yet.</source>
        <translation>当前版本的 LegCare 暂未提供%1。</translation>
    </message>
</context>
</TS>
