<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssessmentHtml</name>
    <message>
        <source>emergency</source>
        <translation>立即急诊</translation>
    </message>
    <message>
        <source>see a doctor today</source>
        <translation>今天就医</translation>
    </message>
    <message>
        <source>book a doctor&apos;s appointment</source>
        <translation>预约门诊</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>LegCare symptom check, %1</source>
        <translation>LegCare 症状自查，%1</translation>
    </message>
    <message>
        <source>What it may be</source>
        <translation>可能的原因</translation>
    </message>
    <message>
        <source>You stopped before the questions about your symptoms, so LegCare does not suggest causes. A doctor will ask about them.</source>
        <translation>您在回答症状相关问题之前就停止了，因此 LegCare 不提示可能的原因。医生会询问这些情况。</translation>
    </message>
    <message>
        <source>Your answers do not point to a particular cause.</source>
        <translation>根据您的回答，无法判断某个特定原因。</translation>
    </message>
    <message>
        <source>strong match</source>
        <translation>高度符合</translation>
    </message>
    <message>
        <source>possible match</source>
        <translation>可能符合</translation>
    </message>
    <message>
        <source>weaker match</source>
        <translation>符合度较低</translation>
    </message>
    <message>
        <source>Why we think so:</source>
        <translation>判断依据：</translation>
    </message>
    <message>
        <source>Stretches that may help</source>
        <translation>可能有帮助的拉伸</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An exercise in the result: its name, then what it does.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stretch gently; stop if a stretch hurts or the pain gets worse.</source>
        <translation>请轻柔拉伸；如果拉伸时疼痛或疼痛加重，请停止。</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation>未提供任何回答。</translation>
    </message>
    <message>
        <source>Questions answered &quot;Don&apos;t know&quot; are not listed.</source>
        <translation>回答为“不知道”的问题未列出。</translation>
    </message>
    <message>
        <source>Your symptom check result</source>
        <translation>您的症状自查结果</translation>
    </message>
    <message>
        <source>You stopped the questions early because of a warning sign.</source>
        <translation>由于出现警示征象，您提前结束了问答。</translation>
    </message>
    <message>
        <source>Warning signs in your answers</source>
        <translation>您回答中的警示征象</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>现在该怎么做</translation>
    </message>
    <message>
        <source>No stretches are suggested: with these signs, stretching or massaging the leg could do harm until a doctor has seen it.</source>
        <translation>不建议拉伸：出现这些征象时，在医生检查之前拉伸或按摩腿部可能造成伤害。</translation>
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
        <source>%1 out of 10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>about %1 a week</source>
        <translation>约每周 %1 次</translation>
    </message>
</context>
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
        <source>Try &apos;%1 %2 --help&apos;.</source>
        <translation>请运行“%1 %2 --help”查看用法。</translation>
    </message>
    <message>
        <source>Check the knowledge-base directory DIR (with conditions/, exercises/, routines.json, topics.json) instead of the bundled one.</source>
        <translation>检查目录 DIR 中的知识库（含 conditions/、exercises/、routines.json、topics.json），而不是内置知识库。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--root: no such directory &apos;%1&apos;</source>
        <translation>--root：目录“%1”不存在</translation>
    </message>
    <message>
        <source>--root: &apos;%1&apos; is not a directory</source>
        <translation>--root：“%1”不是目录</translation>
    </message>
    <message>
        <source>--root: cannot read the directory &apos;%1&apos;</source>
        <translation>--root：无法读取目录“%1”</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>病症：</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>练习：</translation>
    </message>
    <message>
        <source>Routines:</source>
        <translation>拉伸方案：</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>专题：</translation>
    </message>
    <message>
        <source>Texts in %1:</source>
        <translation>%1 文本：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>检查通过</translation>
    </message>
    <message>
        <source>the knowledge base in &apos;%1&apos;</source>
        <translation>“%1”中的知识库</translation>
    </message>
    <message>
        <source>the bundled knowledge base</source>
        <translation>内置知识库</translation>
    </message>
    <message>
        <source>%1 failed the check; problems found: %2</source>
        <translation>%1未通过检查，共发现 %2 个问题</translation>
    </message>
    <message>
        <source>The condition&apos;s id, e.g. nocturnal_leg_cramps (&apos;kb conditions&apos; lists them).</source>
        <translation>病症的 id，例如 nocturnal_leg_cramps（可用“kb conditions”列出全部）。</translation>
    </message>
    <message>
        <source>no condition id given</source>
        <translation>没有指定病症 id</translation>
    </message>
    <message>
        <source>unknown condition &apos;%1&apos; (&apos;kb conditions&apos; lists them)</source>
        <translation>未知病症“%1”（可用“kb conditions”列出全部）</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>无法读取症状档案：%1</translation>
    </message>
    <message>
        <source>the profile is too large (more than 1 MiB)</source>
        <translation>症状档案过大（超过 1 MiB）</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Warning signs in your answers:</source>
        <translation>您回答中的警示征象：</translation>
    </message>
    <message>
        <source>What it may be, and why we think so:</source>
        <translation>可能的原因及判断依据：</translation>
    </message>
    <message>
        <source>%1. %2 (%3, match %4%)</source>
        <translation>%1. %2（%3，匹配度 %4%）</translation>
    </message>
    <message>
        <source>What to do now:</source>
        <translation>现在该怎么做：</translation>
    </message>
    <message>
        <source>Stretches: none for now. Do not stretch or massage the leg until a doctor has examined it.</source>
        <translation>拉伸：暂不建议。在医生检查之前，请不要拉伸或按摩腿部。</translation>
    </message>
    <message>
        <source>Suggested stretches (&apos;kb exercises&apos; shows the steps):</source>
        <translation>建议的拉伸（“kb exercises”可查看步骤）：</translation>
    </message>
    <message>
        <source>The symptom profile (JSON, see symptom-profile.md); &apos;-&apos; reads it from standard input.</source>
        <translation>症状档案（JSON，见 symptom-profile.md）；“-”表示从标准输入读取。</translation>
    </message>
    <message>
        <source>no profile given (use --profile FILE, or - for stdin)</source>
        <translation>未提供症状档案（请使用 --profile FILE，或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;stdin&gt;</translation>
    </message>
    <message>
        <source>give exactly one episode id</source>
        <translation>请只给出一个记录编号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an episode id</source>
        <translation>“%1”不是记录编号</translation>
    </message>
    <message>
        <source>there is no episode %1 in %2</source>
        <translation>%2 中没有编号为 %1 的记录</translation>
    </message>
    <message>
        <source>Deleted episode %1.</source>
        <translation>已删除记录 %1。</translation>
    </message>
    <message>
        <source>The episode&apos;s id (&apos;diary list&apos; shows it).</source>
        <translation>记录编号（可用“diary list”查看）。</translation>
    </message>
    <message>
        <source>Write CSV (the import format) to FILE.</source>
        <translation>将 CSV（导入格式）写入 FILE。</translation>
    </message>
    <message>
        <source>Write JSON to FILE (also accepted: --json FILE).</source>
        <translation>将 JSON 写入 FILE（也可写作 --json FILE）。</translation>
    </message>
    <message>
        <source>give either --csv FILE or --json FILE</source>
        <translation>请指定 --csv FILE 或 --json FILE</translation>
    </message>
    <message>
        <source>Exported %1 episode(s) to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
    <message>
        <source>give exactly one file to import</source>
        <translation>请只指定一个要导入的文件</translation>
    </message>
    <message>
        <source>Imported %1 episode(s); skipped %2 exact duplicate(s).</source>
        <translation>已导入 %1 条记录，跳过 %2 条完全重复的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Period:              %1 to %2</source>
        <translation>时间范围：    %1 至 %2</translation>
    </message>
    <message>
        <source>Episodes:            %1</source>
        <translation>抽筋次数：    %1</translation>
    </message>
    <message>
        <source>Per week:            %1</source>
        <translation>每周次数：    %1</translation>
    </message>
    <message>
        <source>Last four weeks:     %1 (%2 a week)</source>
        <translation>最近四周：    %1 次（每周 %2 次）</translation>
    </message>
    <message>
        <source>Severity:            mean %1, worst %2</source>
        <translation>疼痛程度：    平均 %1，最重 %2</translation>
    </message>
    <message>
        <source>Where:               %1</source>
        <translation>部位：        %1</translation>
    </message>
    <message>
        <source>Side:                %1</source>
        <translation>左右：        %1</translation>
    </message>
    <message>
        <source>Doing:               %1</source>
        <translation>当时状态：    %1</translation>
    </message>
    <message>
        <source>Triggers:            %1</source>
        <translation>诱因：        %1</translation>
    </message>
    <message>
        <source>What helped:         %1</source>
        <translation>有效的缓解：  %1</translation>
    </message>
    <message>
        <source>By hour:             %1</source>
        <translation>按时段：      %1</translation>
    </message>
    <message>
        <source>3 or more cramps a week: please see a doctor, and run the symptom check (legcare assess or the Symptom check in LegCare).</source>
        <translation>每周抽筋 3 次及以上：请去看医生，并做一次症状自查（legcare assess 或 LegCare 中的“症状自查”）。</translation>
    </message>
    <message>
        <source>Below the frequent-cramps threshold of 3 a week.</source>
        <translation>低于“每周 3 次”的频繁抽筋标准。</translation>
    </message>
    <message>
        <source>Write the report to FILE (PDF).</source>
        <translation>将报告写入 FILE（PDF）。</translation>
    </message>
    <message>
        <source>How many days the report covers, ending today: 30 (the default) or 90.</source>
        <translation>报告涵盖截至今天的天数：30（默认）或 90。</translation>
    </message>
    <message>
        <source>Paper size: A4 (the default) or Letter.</source>
        <translation>纸张大小：A4（默认）或 Letter。</translation>
    </message>
    <message>
        <source>--pdf FILE is required</source>
        <translation>必须指定 --pdf FILE</translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a period the report covers (use %2 or %3)</source>
        <translation>--days：“%1”不是报告可涵盖的时长（请使用 %2 或 %3）</translation>
    </message>
    <message>
        <source>--page-size: unknown paper size &apos;%1&apos; (use A4 or Letter)</source>
        <translation>--page-size：未知纸张大小“%1”（请使用 A4 或 Letter）</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2 (%3 episodes, %4 pages).</source>
        <translation>已将 %1 的报告写入 %2（%3 条记录，共 %4 页）。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>动作数</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总时长</translation>
    </message>
    <message>
        <source>The routine&apos;s id (&apos;routine list&apos; shows them).</source>
        <translation>练习方案的编号（用 &apos;routine list&apos; 查看）。</translation>
    </message>
    <message>
        <source>Write the routine to FILE (PDF).</source>
        <translation>把练习方案写入 FILE（PDF）。</translation>
    </message>
    <message>
        <source>no routine id given</source>
        <translation>没有给出练习方案编号</translation>
    </message>
    <message>
        <source>Wrote the routine &apos;%1&apos; to %2.</source>
        <translation>已将练习方案“%1”写入 %2。</translation>
    </message>
    <message>
        <source>The routine&apos;s id, e.g. bedtime_cramp_prevention or custom-3 (&apos;routine list&apos; shows them).</source>
        <translation>练习方案的编号，例如 bedtime_cramp_prevention 或 custom-3（用 &apos;routine list&apos; 查看）。</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>作用：%1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>何时做：%1</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>总时长：%1</translation>
    </message>
    <message>
        <source>Hold: %1 s</source>
        <translation>保持：%1 秒</translation>
    </message>
    <message>
        <source>Hold: none (a moving exercise)</source>
        <translation>保持：无（动态动作）</translation>
    </message>
    <message>
        <source>Repetitions: %1</source>
        <translation>重复次数：%1</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>每侧</translation>
    </message>
    <message>
        <source>Sets a day: %1</source>
        <translation>每天组数：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>用时：%1</translation>
    </message>
    <message>
        <source>This routine has no exercises yet.</source>
        <translation>这个练习方案还没有动作。</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>双侧</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>睡眠中</translation>
    </message>
    <message>
        <source>Exercising</source>
        <translation>运动中</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>休息时</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>久坐</translation>
    </message>
    <message>
        <source>Long standing</source>
        <translation>久站</translation>
    </message>
    <message>
        <source>Hard exercise</source>
        <translation>剧烈运动</translation>
    </message>
    <message>
        <source>Heavy sweating</source>
        <translation>大量出汗</translation>
    </message>
    <message>
        <source>Little water</source>
        <translation>喝水少</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>受凉</translation>
    </message>
    <message>
        <source>Coffee or tea late</source>
        <translation>晚上喝咖啡或浓茶</translation>
    </message>
    <message>
        <source>Short sleep</source>
        <translation>睡眠不足</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>新用药物</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>按摩</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热敷</translation>
    </message>
    <message>
        <source>Cold pack</source>
        <translation>冷敷</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>走动</translation>
    </message>
    <message>
        <source>Electrolytes</source>
        <translation>补充电解质</translation>
    </message>
    <message>
        <source>Nothing helped</source>
        <translation>都没用</translation>
    </message>
    <message>
        <source>started_at: not a valid date and time</source>
        <translation>started_at：不是有效的日期时间</translation>
    </message>
    <message>
        <source>severity: must be 0 to 10, not %1</source>
        <translation>severity：必须在 0 到 10 之间，而不是 %1</translation>
    </message>
    <message>
        <source>duration_s: must be 0 to %1 seconds, not %2</source>
        <translation>duration_s：必须在 0 到 %1 秒之间，而不是 %2</translation>
    </message>
    <message>
        <source>note: longer than %1 characters</source>
        <translation>note：超过 %1 个字符</translation>
    </message>
    <message>
        <source>note: contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>备注：含有无效字符（孤立的 UTF-16 代理项）</translation>
    </message>
</context>
<context>
    <name>DiaryCharts</name>
    <message>
        <source>M/d</source>
        <comment>short date format of a week&apos;s first day on chart axes</comment>
        <translation>M/d</translation>
    </message>
    <message>
        <source>Cramps per week (the last %1 weeks)</source>
        <translation>每周抽筋次数（近 %1 周）</translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation>每周抽筋次数</translation>
    </message>
    <message>
        <source>No routine that week</source>
        <translation>当周未做拉伸</translation>
    </message>
    <message>
        <source>Routine done that week (hatched)</source>
        <translation>当周完成拉伸（斜线填充）</translation>
    </message>
    <message>
        <source>3 a week: see a doctor (dashed)</source>
        <translation>每周 3 次：应就医（虚线）</translation>
    </message>
    <message>
        <source>Mean severity per week, 0–10 (the last %1 weeks)</source>
        <translation>每周平均严重程度，0–10（近 %1 周）</translation>
    </message>
    <message>
        <source>Mean severity per week, 0–10</source>
        <translation>每周平均严重程度，0–10</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Hour the cramp started</source>
        <translation>抽筋开始的时刻（小时）</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>抽筋次数</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>可能的诱因</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>缓解方式</translation>
    </message>
    <message>
        <source>Cramps per week, with and without routines</source>
        <translation>每周抽筋次数：有拉伸与无拉伸对比</translation>
    </message>
    <message>
        <source>Weeks with a routine</source>
        <translation>有拉伸的周</translation>
    </message>
    <message>
        <source>Weeks with a routine (none yet)</source>
        <translation>有拉伸的周（暂无）</translation>
    </message>
    <message>
        <source>Weeks without</source>
        <translation>无拉伸的周</translation>
    </message>
    <message>
        <source>Weeks without (none)</source>
        <translation>无拉伸的周（无）</translation>
    </message>
    <message>
        <source>week of %1: %2 (routine done)</source>
        <translation>%1 当周：%2（已完成拉伸）</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>%1 当周：%2</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <source>log a cramp episode</source>
        <translation>记录一次抽筋发作</translation>
    </message>
    <message>
        <source>edit a cramp episode</source>
        <translation>编辑一次抽筋发作</translation>
    </message>
    <message numerus="yes">
        <source>delete %n cramp episode(s)</source>
        <translation>
            <numerusform>删除 %n 条抽筋记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryCommon</name>
    <message>
        <source>When it started: ISO 8601 (2026-11-20T03:15:00, with or without an offset) or &apos;now&apos;.</source>
        <translation>开始时间：ISO 8601 格式（2026-11-20T03:15:00，可带时区偏移）或 now。</translation>
    </message>
    <message>
        <source>Where: inner_thigh, groin, front_thigh, back_thigh, calf, shin, foot or toes.</source>
        <translation>部位：inner_thigh、groin、front_thigh、back_thigh、calf、shin、foot 或 toes。</translation>
    </message>
    <message>
        <source>left, right or both.</source>
        <translation>left、right 或 both。</translation>
    </message>
    <message>
        <source>How bad, 0 (none) to 10 (worst imaginable).</source>
        <translation>疼痛程度，0（不痛）到 10（难以想象的痛）。</translation>
    </message>
    <message>
        <source>How long it lasted, in seconds.</source>
        <translation>持续时间，单位为秒。</translation>
    </message>
    <message>
        <source>sleep, exercise, rest or other.</source>
        <translation>sleep、exercise、rest 或 other。</translation>
    </message>
    <message>
        <source>A possible trigger (repeatable): long_sitting, long_standing, hard_exercise, heavy_sweating, little_water, cold, caffeine_late, short_sleep, pregnancy, new_medicine, other.</source>
        <translation>可能的诱因（可重复）：long_sitting、long_standing、hard_exercise、heavy_sweating、little_water、cold、caffeine_late、short_sleep、pregnancy、new_medicine、other。</translation>
    </message>
    <message>
        <source>What helped (repeatable): stretching, massage, heat, cold, walking, electrolytes, nothing.</source>
        <translation>有效的缓解方式（可重复）：stretching、massage、heat、cold、walking、electrolytes、nothing。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-11-20T03:15:00)</source>
        <translation>--at：“%1”不是 ISO 8601 日期时间（例如 2026-11-20T03:15:00）</translation>
    </message>
    <message>
        <source>--location: unknown location &apos;%1&apos;</source>
        <translation>--location：未知部位“%1”</translation>
    </message>
    <message>
        <source>--side: &apos;%1&apos; is not left, right or both</source>
        <translation>--side：“%1”不是 left、right 或 both</translation>
    </message>
    <message>
        <source>--severity: &apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>--severity：“%1”不是 0 到 10 之间的整数</translation>
    </message>
    <message>
        <source>--duration: &apos;%1&apos; is not a number of seconds from 0 to %2</source>
        <translation>--duration：“%1”不是 0 到 %2 之间的秒数</translation>
    </message>
    <message>
        <source>--context: &apos;%1&apos; is not sleep, exercise, rest or other</source>
        <translation>--context：“%1”不是 sleep、exercise、rest 或 other</translation>
    </message>
    <message>
        <source>--trigger: unknown trigger &apos;%1&apos;</source>
        <translation>--trigger：未知诱因“%1”</translation>
    </message>
    <message>
        <source>--relief: unknown relief &apos;%1&apos;</source>
        <translation>--relief：未知缓解方式“%1”</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD), included.</source>
        <translation>起始日期（YYYY-MM-DD），包含当天。</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD), included.</source>
        <translation>结束日期（YYYY-MM-DD），包含当天。</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--%1：“%2”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from 晚于 --to</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>疼痛 %1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>triggers: %1</source>
        <translation>诱因：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>helped: %1</source>
        <translation>缓解：%1</translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
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
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a LegCare diary (not an SQLite database)</source>
        <translation>%1 不是 LegCare 日记（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a LegCare diary (%2)</source>
        <translation>%1 不是 LegCare 日记（%2）</translation>
    </message>
    <message>
        <source>%1 is in use by another program (%2)</source>
        <translation>%1 正被其他程序占用（%2）</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a LegCare diary</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 LegCare 日记</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of LegCare (diary format %2; this version reads up to %3)</source>
        <translation>%1 由更新版本的 LegCare 写入（日记格式 %2；当前版本最多只能读取格式 %3）</translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>升级前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot upgrade %1 from diary format %2: %3</source>
        <translation>无法将 %1 从日记格式 %2 升级：%3</translation>
    </message>
    <message>
        <source>there is no episode %1</source>
        <translation>没有编号为 %1 的记录</translation>
    </message>
    <message>
        <source>episode %1: %2</source>
        <translation>第 %1 条记录：%2</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>无法把 %1 移到一旁</translation>
    </message>
    <message>
        <source>there is no backup of %1</source>
        <translation>%1 没有备份</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2</source>
        <translation>无法将备份 %1 复制到 %2</translation>
    </message>
    <message>
        <source>the symptom check has no valid time or level</source>
        <translation>这次症状自查没有有效的时间或紧急程度</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>—</source>
        <comment>duration not known</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>place, side</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>较难</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
</context>
<context>
    <name>DoctorReport</name>
    <message numerus="yes">
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 至 %2（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>LegCare · printed %1</source>
        <translation>LegCare · 打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>统计期间：%1</translation>
    </message>
    <message>
        <source>Printed: %1, %2</source>
        <translation>打印时间：%1 %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>mean %1, worst %2</source>
        <translation>平均 %1，最重 %2</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>发作次数</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n days</source>
        <translation>
            <numerusform>%n 天内 %1 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>严重程度（0–10）</translation>
    </message>
    <message>
        <source>Per week, whole period</source>
        <translation>每周（整个期间）</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>最常见</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>近 4 周</translation>
    </message>
    <message>
        <source>%1 (%2 a week)</source>
        <translation>%1（每周 %2 次）</translation>
    </message>
    <message>
        <source>At night (22:00–06:00)</source>
        <translation>夜间（22:00–06:00）</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation>已完成拉伸</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%2 天中有 %1 天</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>At or above the frequent-cramps threshold of %1 a week</source>
        <translation>达到或超过频繁抽筋阈值（每周 %1 次）</translation>
    </message>
    <message>
        <source>Below the frequent-cramps threshold of %1 a week</source>
        <translation>低于频繁抽筋阈值（每周 %1 次）</translation>
    </message>
    <message>
        <source>%1 episodes in the last 4 weeks (%2 a week), %3 in the last 7 days.</source>
        <translation>近 4 周共发作 %1 次（每周 %2 次），近 7 天 %3 次。</translation>
    </message>
    <message>
        <source>Cramps %1 or more times a week are a reason to see a doctor.</source>
        <translation>每周抽筋 %1 次或以上，应去看医生。</translation>
    </message>
    <message>
        <source>Latest symptom check</source>
        <translation>最近一次症状自查</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Possible causes considered: %1</source>
        <translation>已考虑的可能原因：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>每周发作次数</translation>
    </message>
    <message>
        <source>Severity over time</source>
        <translation>严重程度变化趋势</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>发作时段</translation>
    </message>
    <message>
        <source>Where, and what was going on</source>
        <translation>部位及当时情况</translation>
    </message>
    <message>
        <source>Where in the leg</source>
        <translation>腿部部位</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>Doing at the time</source>
        <translation>当时在做什么</translation>
    </message>
    <message>
        <source>Possible triggers and what helped</source>
        <translation>可能的诱因及缓解方式</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>可能的诱因</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>缓解方式</translation>
    </message>
    <message numerus="yes">
        <source>An episode can have several triggers and several things that helped; percentages are of all %n episodes.</source>
        <translation>
            <numerusform>一次发作可能有多个诱因和多种缓解方式；百分比按全部 %n 次发作计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretching routine</source>
        <translation>拉伸计划</translation>
    </message>
    <message>
        <source>A routine was done on %1 of %2 days (%3%).</source>
        <translation>%2 天中有 %1 天完成了拉伸计划（%3%）。</translation>
    </message>
    <message>
        <source>Cramps a week: %1 in weeks with a routine, %2 in weeks without.</source>
        <translation>每周抽筋次数：有拉伸的周为 %1 次，无拉伸的周为 %2 次。</translation>
    </message>
    <message numerus="yes">
        <source>All episodes (%n), oldest first</source>
        <translation>
            <numerusform>全部发作记录（%n 次），按时间从早到晚</numerusform>
        </translation>
    </message>
    <message>
        <source>No cramp episodes were recorded in this period.</source>
        <translation>此期间未记录到抽筋发作。</translation>
    </message>
    <message>
        <source>Leg cramp diary — report for your doctor</source>
        <translation>腿抽筋日记——供医生查看的报告</translation>
    </message>
    <message>
        <source>Could not start printing the report.</source>
        <translation>无法开始打印报告。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the report.</source>
        <translation>无法开始打印报告第 %1 页。</translation>
    </message>
    <message>
        <source>Could not finish printing the report.</source>
        <translation>无法完成报告打印。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Could not start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Could not start page %1.</source>
        <translation>无法开始第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>EpisodeTable</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>当时在做什么</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>诱因</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>缓解方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>started_at: &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-11-20T03:15:00)</source>
        <translation>started_at：“%1”不是 ISO 8601 日期时间（例如 2026-11-20T03:15:00）</translation>
    </message>
    <message>
        <source>duration_s: &apos;%1&apos; is not a whole number of seconds from 0 to %2</source>
        <translation>duration_s：“%1”不是 0 到 %2 之间的整数秒数</translation>
    </message>
    <message>
        <source>location: unknown location &apos;%1&apos;</source>
        <translation>location：未知部位“%1”</translation>
    </message>
    <message>
        <source>side: &apos;%1&apos; is not left, right or both</source>
        <translation>side：“%1”不是 left、right 或 both</translation>
    </message>
    <message>
        <source>severity: &apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>severity：“%1”不是 0 到 10 之间的整数</translation>
    </message>
    <message>
        <source>context: &apos;%1&apos; is not sleep, exercise, rest or other</source>
        <translation>context：“%1”不是 sleep、exercise、rest 或 other</translation>
    </message>
    <message>
        <source>triggers: unknown trigger &apos;%1&apos;</source>
        <translation>triggers：未知诱因“%1”</translation>
    </message>
    <message>
        <source>reliefs: unknown relief &apos;%1&apos;</source>
        <translation>reliefs：未知缓解方式“%1”</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行：引号括起的字段没有结束</translation>
    </message>
    <message>
        <source>line %1: more than %2 columns</source>
        <translation>第 %1 行：超过 %2 列</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>第 %1 行：右引号后面还有文字</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 characters</source>
        <translation>第 %1 行：有字段超过 %2 个字符</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-8</source>
        <translation>第 %1 行：文件不是有效的 UTF-8 编码</translation>
    </message>
    <message>
        <source>line 1: the header row is missing</source>
        <translation>第 1 行：缺少表头</translation>
    </message>
    <message>
        <source>line %1: the header must be %2</source>
        <translation>第 %1 行：表头必须是 %2</translation>
    </message>
    <message>
        <source>line %1: %2 columns instead of %3</source>
        <translation>第 %1 行：有 %2 列，应为 %3 列</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>第 %1 字节：%2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;episodes&quot; array</source>
        <translation>应为包含 &quot;episodes&quot; 数组的对象</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>schema: only schema 1 is supported</source>
        <translation>schema：只支持 schema 1</translation>
    </message>
    <message>
        <source>episodes[%1]: %2</source>
        <translation>episodes[%1]：%2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>note: must be text</source>
        <translation>note：必须是文本</translation>
    </message>
    <message>
        <source>triggers: must be an array of ids</source>
        <translation>triggers：必须是 id 数组</translation>
    </message>
    <message>
        <source>reliefs: must be an array of ids</source>
        <translation>reliefs：必须是 id 数组</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>超过 %1 MiB</translation>
    </message>
    <message>
        <source>byte %1: a text longer than %2 characters</source>
        <translation>第 %1 字节：文本超过 %2 个字符</translation>
    </message>
    <message>
        <source>byte %1: nested more than %2 levels deep</source>
        <translation>第 %1 字节：嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>byte %1: too many values for a diary file</source>
        <translation>第 %1 字节：数值过多，不像是日记文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <source>an expression must be an object</source>
        <translation>表达式必须是对象</translation>
    </message>
    <message>
        <source>expressions are nested too deeply (at most %1 levels)</source>
        <translation>表达式嵌套过深（最多 %1 层）</translation>
    </message>
    <message>
        <source>&quot;not&quot; takes no other keys</source>
        <translation>“not” 不能带其他键</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no other keys</source>
        <translation>“%1” 不能带其他键</translation>
    </message>
    <message>
        <source>must be a non-empty array of expressions</source>
        <translation>必须是非空的表达式数组</translation>
    </message>
    <message>
        <source>missing (an expression is a test {&quot;field&quot;: ...}, or all / any / not)</source>
        <translation>缺失（表达式应为测试 {&quot;field&quot;: ...}，或 all / any / not）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of the symptom profile</source>
        <translation>“%1” 不是症状资料中的字段</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>unknown key (use is, in, gte, gt, lte, lt, if_unknown)</source>
        <translation>未知的键（可用 is、in、gte、gt、lte、lt、if_unknown）</translation>
    </message>
    <message>
        <source>a test has exactly one of is, in, gte, gt, lte, lt</source>
        <translation>一个测试只能包含 is、in、gte、gt、lte、lt 中的一个</translation>
    </message>
    <message>
        <source>a test needs one of is, in, gte, gt, lte, lt</source>
        <translation>一个测试需要 is、in、gte、gt、lte、lt 中的一个</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a non-empty array and a field with a fixed set of values</source>
        <translation>“in” 需要非空数组，且字段须有固定的取值集合</translation>
    </message>
    <message>
        <source>compares a number field with a number</source>
        <translation>只能用于数值字段与数字的比较</translation>
    </message>
    <message>
        <source>level &apos;%1&apos; must be described exactly once</source>
        <translation>级别“%1”必须且只能描述一次</translation>
    </message>
    <message>
        <source>a red-flag rule may only test for signs being present (no &quot;not&quot;, &quot;is&quot;: false, lte or lt), so that a further sign can never lower the level</source>
        <translation>危险信号规则只能检测征象是否存在（不可使用 “not”、&quot;is&quot;: false、lte 或 lt），以确保增加征象永远不会降低级别</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation>不能为 0</translation>
    </message>
    <message>
        <source>needs at least one item with a positive weight</source>
        <translation>至少需要一项权重为正数的条目</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id 重复</translation>
    </message>
    <message>
        <source>conditions: no condition &apos;%1&apos;</source>
        <translation>conditions：没有病症“%1”</translation>
    </message>
    <message>
        <source>unless: no red-flag rule &apos;%1&apos;</source>
        <translation>unless：没有危险信号规则“%1”</translation>
    </message>
    <message>
        <source>unless: &apos;%1&apos; must have a higher level than this rule</source>
        <translation>unless：“%1”的级别必须高于本规则</translation>
    </message>
    <message>
        <source>the contract&apos;s rule &apos;%1&apos; is missing</source>
        <translation>缺少约定中的规则“%1”</translation>
    </message>
    <message>
        <source>level must be at least &apos;%1&apos; (the contract&apos;s policy is the floor)</source>
        <translation>级别至少应为“%1”（约定的策略为下限）</translation>
    </message>
    <message>
        <source>no condition &apos;%1&apos;</source>
        <translation>没有病症“%1”</translation>
    </message>
    <message>
        <source>duplicate condition</source>
        <translation>病症重复</translation>
    </message>
    <message>
        <source>no evidence for condition &apos;%1&apos;</source>
        <translation>缺少病症“%1”的依据</translation>
    </message>
    <message>
        <source>no exercise &apos;%1&apos;</source>
        <translation>没有练习“%1”</translation>
    </message>
    <message>
        <source>unknown location &apos;%1&apos;</source>
        <translation>未知部位“%1”</translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message>
        <source>general medical knowledge</source>
        <translation>一般医学常识</translation>
    </message>
    <message>
        <source>source document 000 (inner leg-root pain from the lower back)</source>
        <translation>资料 000（腰椎问题引起的大腿根内侧疼痛）</translation>
    </message>
    <message>
        <source>source document 001 (inner-thigh cramps)</source>
        <translation>资料 001（大腿内侧抽筋）</translation>
    </message>
    <message>
        <source>source document 002 (night calf cramps)</source>
        <translation>资料 002（夜间小腿抽筋）</translation>
    </message>
    <message>
        <source>source document 003 (night leg cramps)</source>
        <translation>资料 003（夜间腿抽筋）</translation>
    </message>
    <message>
        <source>source document %1</source>
        <translation>资料 %1</translation>
    </message>
    <message>
        <source>Based on: %1.</source>
        <translation>依据：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Emergency.</source>
        <translation>紧急情况。</translation>
    </message>
    <message>
        <source>Call the emergency number or go to the emergency department now.</source>
        <translation>请立即拨打急救电话或前往医院急诊。</translation>
    </message>
    <message>
        <source>Where it is felt</source>
        <translation>常见部位</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>病因</translation>
    </message>
    <message>
        <source>Typical symptoms</source>
        <translation>典型症状</translation>
    </message>
    <message>
        <source>What sets it off</source>
        <translation>诱发因素</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>自我护理</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>预防</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>何时就医</translation>
    </message>
    <message>
        <source>Suitable exercises</source>
        <translation>适合的练习</translation>
    </message>
    <message>
        <source>Read next</source>
        <translation>延伸阅读</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>moving, no hold</source>
        <translation>动态动作，无需保持</translation>
    </message>
    <message>
        <source>%1 on each side</source>
        <translation>每侧 %1 次</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>每天组数</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>作用部位</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Suggested for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Part of these routines</source>
        <translation>所属拉伸方案</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation>保持 %1 秒</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>动态动作</translation>
    </message>
    <message>
        <source>%1 × each side</source>
        <translation>每侧 %1 次</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>相关病症</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and _)</source>
        <translation>“%1”不是有效的 id（只能用小写字母、数字和 _）</translation>
    </message>
    <message>
        <source>must be an object with the keys en and zh_CN</source>
        <translation>必须是包含 en 和 zh_CN 两个键的对象</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en and zh_CN)</source>
        <translation>未知语言“%1”（请使用 en 和 zh_CN）</translation>
    </message>
    <message>
        <source>missing the %1 text</source>
        <translation>缺少 %1 文本</translation>
    </message>
    <message>
        <source>the %1 text must be a non-empty string</source>
        <translation>%1 文本必须是非空字符串</translation>
    </message>
    <message>
        <source>the zh_CN text has no Chinese in it: &apos;%1&apos;</source>
        <translation>zh_CN 文本中没有中文：“%1”</translation>
    </message>
    <message>
        <source>must be an array of texts</source>
        <translation>必须是文本数组</translation>
    </message>
    <message>
        <source>must be an array of ids</source>
        <translation>必须是 id 数组</translation>
    </message>
    <message>
        <source>must be an id</source>
        <translation>必须是 id</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <source>must be a non-empty array of source names</source>
        <translation>必须是非空的来源名称数组</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a source document name nor &apos;%2&apos;</source>
        <translation>“%1”既不是资料文件名，也不是“%2”</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 到 %3）</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must be an array of objects</source>
        <translation>必须是对象数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
</context>
<context>
    <name>KbFormat</name>
    <message>
        <source>EMERGENCY: get medical help now; this is not one for self-care.</source>
        <translation>紧急情况：请立即就医，不适合自行处理。</translation>
    </message>
    <message>
        <source>Usually felt in:</source>
        <translation>常见部位：</translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation>病因：</translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation>症状：</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>诱发因素：</translation>
    </message>
    <message>
        <source>Self-care:</source>
        <translation>自我护理：</translation>
    </message>
    <message>
        <source>Prevention:</source>
        <translation>预防：</translation>
    </message>
    <message>
        <source>When to see a doctor:</source>
        <translation>何时就医：</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>练习：</translation>
    </message>
    <message>
        <source>none suggested</source>
        <translation>不建议做练习</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>相关病症：</translation>
    </message>
    <message>
        <source>%1 s per repetition</source>
        <translation>每次保持 %1 秒</translation>
    </message>
    <message>
        <source>none (a moving exercise)</source>
        <translation>无（动态动作）</translation>
    </message>
    <message>
        <source>%1 on each side</source>
        <translation>每侧 %1 次</translation>
    </message>
    <message>
        <source>Target muscles:</source>
        <translation>目标肌肉：</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>保持：</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>重复次数：</translation>
    </message>
    <message>
        <source>Sets per day:</source>
        <translation>每天组数：</translation>
    </message>
    <message>
        <source>Difficulty:</source>
        <translation>难度：</translation>
    </message>
    <message>
        <source>Illustration:</source>
        <translation>示意图：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>注意事项：</translation>
    </message>
    <message>
        <source>general medical knowledge</source>
        <translation>一般医学常识</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the items of a list on one line, e.g. &quot;Calf, Foot, Toes&quot;.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is too large (more than 1 MiB)</source>
        <translation>文件过大（超过 1 MiB）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>folder is missing</source>
        <translation>文件夹缺失</translation>
    </message>
    <message>
        <source>holds no .json files</source>
        <translation>没有任何 .json 文件</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the file name &apos;%2&apos;</source>
        <translation>“%1”与文件名“%2”不一致</translation>
    </message>
    <message>
        <source>unknown location &apos;%1&apos;</source>
        <translation>未知部位“%1”</translation>
    </message>
    <message>
        <source>must say when to see a doctor</source>
        <translation>必须写明何时就医</translation>
    </message>
    <message>
        <source>an emergency condition must suggest no exercises</source>
        <translation>紧急病症不得建议任何练习</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>must have at least one step</source>
        <translation>至少要有一个步骤</translation>
    </message>
    <message>
        <source>a routine needs at least one exercise</source>
        <translation>拉伸方案至少要包含一个练习</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id 重复</translation>
    </message>
    <message>
        <source>is not a knowledge-base folder</source>
        <translation>不是知识库文件夹</translation>
    </message>
    <message>
        <source>exercises: no exercise &apos;%1&apos;</source>
        <translation>exercises：没有练习“%1”</translation>
    </message>
    <message>
        <source>related: no condition &apos;%1&apos;</source>
        <translation>related：没有病症“%1”</translation>
    </message>
    <message>
        <source>related: names itself</source>
        <translation>related：不能引用自身</translation>
    </message>
    <message>
        <source>items[%1]: no exercise &apos;%2&apos;</source>
        <translation>items[%1]：没有练习“%2”</translation>
    </message>
    <message>
        <source>conditions: no condition &apos;%1&apos;</source>
        <translation>conditions：没有病症“%1”</translation>
    </message>
    <message>
        <source>missing: the symptom-profile contract requires this condition</source>
        <translation>缺失：症状资料规范要求包含这一病症</translation>
    </message>
    <message>
        <source>missing: the symptom-profile contract requires this exercise</source>
        <translation>缺失：症状资料规范要求包含这一练习</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>Inner thigh</source>
        <translation>大腿内侧</translation>
    </message>
    <message>
        <source>Groin (leg root)</source>
        <translation>腹股沟（大腿根部）</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>大腿前侧</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>大腿后侧</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>小腿</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>小腿前侧（胫骨）</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>脚</translation>
    </message>
    <message>
        <source>Toes</source>
        <translation>脚趾</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Bedtime stretching routine</source>
        <translation>睡前拉伸练习</translation>
    </message>
    <message>
        <source>Evening diary check</source>
        <translation>晚间日记检查</translation>
    </message>
    <message>
        <source>Time for your bedtime stretches</source>
        <translation>该做睡前拉伸了</translation>
    </message>
    <message>
        <source>Your evening diary check</source>
        <translation>晚间日记检查</translation>
    </message>
    <message>
        <source>Your bedtime stretching routine is ready when you are.</source>
        <translation>睡前拉伸练习已准备好，随时可以开始。</translation>
    </message>
    <message>
        <source>Had a cramp today? Log it in your diary.</source>
        <translation>今天抽筋了吗？记到日记里吧。</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Episodes</source>
        <translation>发作次数</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>每周 %1 次</translation>
    </message>
    <message>
        <source>Week starting on Monday</source>
        <translation>周（从周一开始）</translation>
    </message>
    <message>
        <source>Week without a routine</source>
        <translation>未做拉伸计划的周</translation>
    </message>
    <message>
        <source>Week with a routine</source>
        <translation>做了拉伸计划的周</translation>
    </message>
    <message>
        <source>Routine done that week</source>
        <translation>当周完成了拉伸计划</translation>
    </message>
    <message>
        <source>Threshold: %1 a week</source>
        <translation>阈值：每周 %1 次</translation>
    </message>
    <message>
        <source>Severity (0 = none, 10 = worst)</source>
        <translation>严重程度（0 = 无，10 = 最严重）</translation>
    </message>
    <message>
        <source>Week starting on Monday (no point: no episodes that week)</source>
        <translation>周（从周一开始；无数据点表示该周没有发作）</translation>
    </message>
    <message>
        <source>Mean severity</source>
        <translation>平均严重程度</translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation>最高严重程度</translation>
    </message>
    <message>
        <source>Hour the cramp started (00 = midnight to 1 a.m.)</source>
        <translation>抽筋开始的时段（00 = 午夜 0 点至 1 点）</translation>
    </message>
    <message>
        <source>Night, 22:00 to 06:00</source>
        <translation>夜间，22:00 至 06:00</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
</context>
<context>
    <name>RoutineCommands</name>
    <message>
        <source>create routine “%1”</source>
        <translation>新建练习方案“%1”</translation>
    </message>
    <message>
        <source>delete routine “%1”</source>
        <translation>删除练习方案“%1”</translation>
    </message>
</context>
<context>
    <name>RoutineCommon</name>
    <message>
        <source>unknown routine &apos;%1&apos; (&apos;routine list&apos; shows the ids)</source>
        <translation>没有练习方案“%1”（用 &apos;routine list&apos; 查看编号）</translation>
    </message>
</context>
<context>
    <name>RoutineHandout</name>
    <message>
        <source>Total time: about %1</source>
        <translation>总时长：约 %1</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>动作数：%1</translation>
    </message>
    <message>
        <source>LegCare · printed %1</source>
        <translation>LegCare · 打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Tick a box each day you do it:</source>
        <translation>每天做完后在方框里打勾：</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Stretching routine</source>
        <translation>拉伸练习方案</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时做</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>This routine has no exercises yet.</source>
        <translation>这个练习方案还没有动作。</translation>
    </message>
    <message>
        <source>Could not start printing the routine.</source>
        <translation>无法开始打印练习方案。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the routine.</source>
        <translation>无法开始打印练习方案的第 %1 页。</translation>
    </message>
    <message>
        <source>Could not finish printing the routine.</source>
        <translation>无法完成练习方案的打印。</translation>
    </message>
</context>
<context>
    <name>RoutineStore</name>
    <message>
        <source>The name of a routine cannot be empty</source>
        <translation>练习方案的名称不能为空</translation>
    </message>
    <message>
        <source>The name of a routine can have at most %1 characters; “%2…” has %3</source>
        <translation>练习方案的名称最多 %1 个字符；“%2…”有 %3 个</translation>
    </message>
    <message>
        <source>The name of routine “%1” contains a control character</source>
        <translation>练习方案“%1”的名称中含有控制字符</translation>
    </message>
    <message>
        <source>Routine “%1” has %2 exercises; a routine can have at most %3</source>
        <translation>练习方案“%1”有 %2 个动作；一个方案最多 %3 个</translation>
    </message>
    <message>
        <source>Routine “%1”, exercise %2: no exercise is chosen</source>
        <translation>练习方案“%1”的第 %2 个动作：没有选择动作</translation>
    </message>
    <message>
        <source>Routine “%1”, exercise %2: a hold of %3 s is not between 0 and %4 s</source>
        <translation>练习方案“%1”的第 %2 个动作：保持 %3 秒不在 0 到 %4 秒之间</translation>
    </message>
    <message>
        <source>Routine “%1”, exercise %2: %3 repetitions is not between 1 and %4</source>
        <translation>练习方案“%1”的第 %2 个动作：重复 %3 次不在 1 到 %4 次之间</translation>
    </message>
    <message>
        <source>The session of “%1” does not say which routine was played</source>
        <translation>“%1”的练习记录没有说明做的是哪个方案</translation>
    </message>
    <message>
        <source>The session of routine %1 has no routine name</source>
        <translation>方案 %1 的练习记录没有方案名称</translation>
    </message>
    <message>
        <source>The session of “%1” has no valid start time</source>
        <translation>“%1”的练习记录没有有效的开始时间</translation>
    </message>
    <message>
        <source>The session of “%1” lasted %2 s, which is not between 0 and %3 s</source>
        <translation>“%1”的练习记录时长为 %2 秒，不在 0 到 %3 秒之间</translation>
    </message>
    <message>
        <source>The session of “%1” completed %2 exercises but only %3 were planned</source>
        <translation>“%1”的练习记录完成了 %2 个动作，但方案只有 %3 个</translation>
    </message>
    <message>
        <source>The session of “%1” names an invalid exercise id “%2”</source>
        <translation>“%1”的练习记录中有无效的动作编号“%2”</translation>
    </message>
    <message>
        <source>Routine “%1” cannot be saved: there is no custom routine %2 (was it deleted?)</source>
        <translation>无法保存练习方案“%1”：没有编号为 %2 的自定义方案（是否已被删除？）</translation>
    </message>
    <message>
        <source>There is no custom routine %1 to delete</source>
        <translation>没有可删除的自定义方案 %1</translation>
    </message>
    <message>
        <source>Routine “%1” cannot be restored: it has no id of its own</source>
        <translation>无法恢复练习方案“%1”：它没有自己的编号</translation>
    </message>
    <message>
        <source>Routine “%1” cannot be restored: custom routine %2 already exists</source>
        <translation>无法恢复练习方案“%1”：自定义方案 %2 已经存在</translation>
    </message>
</context>
<context>
    <name>RoutineText</name>
    <message>
        <source>once</source>
        <translation>1 次</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>保持 %1 秒</translation>
    </message>
    <message>
        <source>%1, slowly</source>
        <translation>%1，动作放慢</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>每侧</translation>
    </message>
    <message>
        <source>This routine has no exercises yet. Add some with Edit.</source>
        <translation>这个练习方案还没有动作。请在“编辑”中添加。</translation>
    </message>
    <message>
        <source>Exercises: %1 · about %2 in all, including time to get into position.</source>
        <translation>动作数：%1 · 共约 %2（含摆好姿势的时间）。</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>注意事项</translation>
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
    <name>SymptomProfile</name>
    <message>
        <source>Do you have new chest pain or sudden shortness of breath?</source>
        <translation>您最近新出现胸痛或突然呼吸急促吗？</translation>
    </message>
    <message>
        <source>Has the leg or foot suddenly turned cold, pale or blue?</source>
        <translation>腿或脚突然变得冰凉、苍白或发紫了吗？</translation>
    </message>
    <message>
        <source>Is there numbness between the legs, around the buttocks or on the inner upper thighs?</source>
        <translation>会阴部（鞍区）、臀部周围或大腿内侧上部有麻木感吗？</translation>
    </message>
    <message>
        <source>Do you have new trouble controlling or passing urine or stool?</source>
        <translation>您最近新出现大小便失禁或排尿排便困难吗？</translation>
    </message>
    <message>
        <source>Is one leg (calf or ankle) swollen compared with the other?</source>
        <translation>一条腿（小腿或脚踝）比另一条腿肿吗？</translation>
    </message>
    <message>
        <source>Is the painful area red or warm to the touch?</source>
        <translation>疼痛部位发红或摸起来发热吗？</translation>
    </message>
    <message>
        <source>Has the skin of the leg become darker, bluish or discoloured?</source>
        <translation>腿部皮肤变深、发青或变色了吗？</translation>
    </message>
    <message>
        <source>Do you have a fever?</source>
        <translation>您有发热吗？</translation>
    </message>
    <message>
        <source>Is the leg or foot weak (stumbling, foot slapping, cannot rise on your toes)?</source>
        <translation>腿或脚无力吗（容易绊倒、走路时脚掌拍地、无法踮起脚尖）？</translation>
    </message>
    <message>
        <source>What troubles you most?</source>
        <translation>您最困扰的是什么？</translation>
    </message>
    <message>
        <source>Where do you feel it most?</source>
        <translation>哪个部位感觉最明显？</translation>
    </message>
    <message>
        <source>Which leg?</source>
        <translation>哪条腿？</translation>
    </message>
    <message>
        <source>When does it usually happen?</source>
        <translation>通常在什么时候发生？</translation>
    </message>
    <message>
        <source>How long does one episode last?</source>
        <translation>每次发作持续多久？</translation>
    </message>
    <message>
        <source>How many times a week does it happen, on average?</source>
        <translation>平均每周发生几次？</translation>
    </message>
    <message>
        <source>Is it getting worse: more often, or lasting longer than before?</source>
        <translation>是否越来越严重：发作比以前更频繁，或持续时间更长？</translation>
    </message>
    <message>
        <source>How bad is it at its worst (0 none, 10 worst imaginable)?</source>
        <translation>最严重时程度如何（0 表示没有，10 表示能想象到的最严重）？</translation>
    </message>
    <message>
        <source>Does it stop you walking, exercising, sleeping or working?</source>
        <translation>这会影响您走路、运动、睡觉或工作吗？</translation>
    </message>
    <message>
        <source>Did a fall, blow, twist or overstretch happen just before it started?</source>
        <translation>症状开始前不久，您是否摔倒、受到撞击、扭伤或过度拉伸过？</translation>
    </message>
    <message>
        <source>Do you have lower-back pain as well?</source>
        <translation>您同时有腰痛吗？</translation>
    </message>
    <message>
        <source>Does pain or numbness run from the lower back down into the leg?</source>
        <translation>疼痛或麻木会从腰部向下放射到腿部吗？</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in the leg?</source>
        <translation>您腿部有麻木或刺痛感吗？</translation>
    </message>
    <message>
        <source>Did you exercise hard or walk a long way in the last day or two?</source>
        <translation>过去一两天内，您进行过剧烈运动或走了很远的路吗？</translation>
    </message>
    <message>
        <source>Do you sit or stand in one position for long hours?</source>
        <translation>您会长时间保持同一姿势坐着或站着吗？</translation>
    </message>
    <message>
        <source>Have you recently sweated heavily, vomited or had diarrhoea?</source>
        <translation>您最近有大量出汗、呕吐或腹泻吗？</translation>
    </message>
    <message>
        <source>Do you drink little water, or often feel thirsty with a dry mouth?</source>
        <translation>您平时喝水少，或经常感到口渴、口干吗？</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>您多大年龄？</translation>
    </message>
    <message>
        <source>What is your sex?</source>
        <translation>您的性别是？</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>您怀孕了吗？</translation>
    </message>
    <message>
        <source>Do you take diuretics (&quot;water pills&quot;)?</source>
        <translation>您在服用利尿剂（促进排尿的药）吗？</translation>
    </message>
    <message>
        <source>Do you have varicose veins?</source>
        <translation>您有静脉曲张吗？</translation>
    </message>
    <message>
        <source>Do you have a known liver disease (such as cirrhosis or hepatitis)?</source>
        <translation>您有已确诊的肝病（如肝硬化或肝炎）吗？</translation>
    </message>
    <message>
        <source>Could you have been exposed to lead or mercury (work, water, food)?</source>
        <translation>您是否可能接触过铅或汞（通过工作、饮水或食物）？</translation>
    </message>
    <message>
        <source>Do you have a known thyroid or other hormone disorder?</source>
        <translation>您有已确诊的甲状腺疾病或其他内分泌疾病吗？</translation>
    </message>
    <message>
        <source>Do you have a known nerve or brain disorder?</source>
        <translation>您有已确诊的神经系统或脑部疾病吗？</translation>
    </message>
    <message>
        <source>The skin you would sit on in a saddle: between the legs, the buttocks and the inner upper thighs. Numbness there can mean the nerves at the base of the spine are squeezed.</source>
        <translation>即骑马时接触马鞍的部位（鞍区）：会阴部、臀部和大腿内侧上部。这些部位麻木可能意味着脊柱底部的神经受到压迫。</translation>
    </message>
    <message>
        <source>New leaking, or being unable to pass urine or stool, that you did not have before.</source>
        <translation>以前没有、最近新出现的大小便失禁，或无法排尿、排便。</translation>
    </message>
    <message>
        <source>A blood clot from the leg can travel to the lungs (pulmonary embolism); it causes chest pain or sudden breathlessness.</source>
        <translation>腿部的血凝块可能随血流到达肺部（肺栓塞），引起胸痛或突然呼吸困难。</translation>
    </message>
    <message>
        <source>A sudden loss of blood supply (acute limb ischaemia) makes the leg cold, pale or blue and very painful.</source>
        <translation>血液供应突然中断（急性肢体缺血）会使腿部冰凉、苍白或发紫，并且非常疼痛。</translation>
    </message>
    <message>
        <source>Compare both calves and ankles: one clearly thicker than the other can be a sign of a clot in a deep vein (deep vein thrombosis).</source>
        <translation>比较两侧小腿和脚踝：如果一侧明显比另一侧粗，可能是深静脉内形成血栓（深静脉血栓）的征象。</translation>
    </message>
    <message>
        <source>Skin that has turned darker, reddish-purple or bluish compared with the other leg.</source>
        <translation>与另一条腿相比，皮肤颜色变深、呈紫红色或发青。</translation>
    </message>
    <message>
        <source>Foot slapping: the front of the foot drops and slaps the floor when you walk, because the muscles that lift it are weak.</source>
        <translation>脚掌拍地：由于抬脚的肌肉无力，走路时前脚掌下垂并拍打地面。</translation>
    </message>
    <message>
        <source>Pain that starts in the lower back or buttock and runs down the leg (sciatica); a disc or narrowed spine can press on a nerve root.</source>
        <translation>疼痛从腰部或臀部开始，沿腿向下放射（坐骨神经痛）；椎间盘问题或椎管狭窄可能压迫神经根。</translation>
    </message>
    <message>
        <source>Medicines that make you pass more urine, often for high blood pressure or heart failure. They can lower potassium and other salts.</source>
        <translation>使排尿增多的药物，常用于治疗高血压或心力衰竭。它们可能降低血钾及其他电解质水平。</translation>
    </message>
    <message>
        <source>Swollen, twisted veins visible under the skin of the legs.</source>
        <translation>腿部皮肤下可见的肿胀、迂曲的静脉。</translation>
    </message>
    <message>
        <source>For example work with batteries, paint, soldering or mining, old water pipes, or some traditional remedies.</source>
        <translation>例如从事与电池、油漆、焊接或采矿相关的工作，使用老旧水管，或服用某些传统偏方。</translation>
    </message>
    <message>
        <source>Endocrine disorders: for example an under- or overactive thyroid, or a parathyroid problem.</source>
        <translation>内分泌疾病：例如甲状腺功能减退或亢进，或甲状旁腺问题。</translation>
    </message>
    <message>
        <source>For example peripheral neuropathy, Parkinson&apos;s disease, multiple sclerosis or a past stroke.</source>
        <translation>例如周围神经病变、帕金森病、多发性硬化或既往中风（卒中）。</translation>
    </message>
    <message>
        <source>A cramp is a sudden, involuntary tightening of a muscle that comes and goes. Pain is an ache or pain without such a spasm.</source>
        <translation>抽筋是肌肉突然、不自主地收紧，时发时止。疼痛则是不伴有这种痉挛的酸痛或疼痛。</translation>
    </message>
    <message>
        <source>Cramp (sudden tightening that comes and goes)</source>
        <translation>抽筋（突然收紧，时发时止）</translation>
    </message>
    <message>
        <source>Pain or ache without spasm</source>
        <translation>疼痛或酸痛，无痉挛</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>双侧</translation>
    </message>
    <message>
        <source>At night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>During exercise</source>
        <translation>运动时</translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation>运动后</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>休息时</translation>
    </message>
    <message>
        <source>At any time</source>
        <translation>任何时候</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>数秒</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>数分钟</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>数小时</translation>
    </message>
    <message>
        <source>It does not go away</source>
        <translation>持续不缓解</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation>未知字段（请检查拼写）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>must be a string, one of: %1</source>
        <translation>必须为字符串，取值之一：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed; use one of: %2</source>
        <translation>不允许使用“%1”；请使用以下值之一：%2</translation>
    </message>
    <message>
        <source>must be a whole number ≥ %1</source>
        <translation>必须为 ≥ %1 的整数</translation>
    </message>
    <message>
        <source>must be a number ≥ %1</source>
        <translation>必须为 ≥ %1 的数字</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>必须为 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>%1 is out of range: %2</source>
        <translation>%1 超出范围：%2</translation>
    </message>
    <message>
        <source>unsupported schema %1 (this version reads schema %2)</source>
        <translation>不支持的 schema %1（此版本读取 schema %2）</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON 格式错误，位于第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>a symptom profile must be one JSON object</source>
        <translation>症状档案必须是单个 JSON 对象</translation>
    </message>
    <message>
        <source>missing; this field is required</source>
        <translation>缺失；此字段为必填项</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>the diary is busy in another program; try again in a moment (%1)</source>
        <translation>日记正被其他程序使用，请稍后再试（%1）</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
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
    <name>legcare::gui::AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation>关于您</translation>
    </message>
    <message>
        <source>Some causes of leg pain and cramps depend on age and sex.</source>
        <translation>腿痛和抽筋的某些原因与年龄和性别有关。</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 岁</translation>
    </message>
    <message>
        <source>Leave at &quot;Don&apos;t know&quot; if you prefer not to say.</source>
        <translation>如果您不想透露，请保持“不知道”。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::AssessmentView</name>
    <message>
        <source>Your result</source>
        <translation>您的结果</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the result</source>
        <translation>打印结果</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the result as PDF</source>
        <translation>将结果另存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>重新开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the symptom check again</source>
        <translation>重新进行症状自查</translation>
    </message>
    <message>
        <source>LegCare symptom check result</source>
        <translation>LegCare 症状自查结果</translation>
    </message>
    <message>
        <source>LegCare result %1.pdf</source>
        <translation>LegCare 结果 %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Save to my &amp;diary</source>
        <translation>保存到我的日记(&amp;D)</translation>
    </message>
    <message>
        <source>Save the result in the diary&apos;s history of symptom checks</source>
        <translation>将结果保存到日记的症状自查记录中</translation>
    </message>
    <message>
        <source>Keeps this result with your cramp diary; the report for your doctor shows the latest one.</source>
        <translation>把这次结果和抽筋日记保存在一起；给医生看的报告会显示最近一次的结果。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>there is no result to save</source>
        <translation>没有可以保存的结果</translation>
    </message>
    <message>
        <source>Saved to your diary.</source>
        <translation>已保存到您的日记。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::ChoiceQuestion</name>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>legcare::gui::DayLine</name>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Water drunk today, in millilitres</source>
        <translation>今天的饮水量（毫升）</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> 毫升</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>&amp;Water drunk:</source>
        <translation>饮水量(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Routine done today</source>
        <translation>今天已完成拉伸练习(&amp;R)</translation>
    </message>
    <message>
        <source>Stretching routine done today</source>
        <translation>今天已完成拉伸练习</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::DiaryFilterBar</name>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>按下方日期</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Place on the leg</source>
        <translation>腿部部位</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有部位</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>部位(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>legcare::gui::DiaryOpenDialog</name>
    <message>
        <source>The diary cannot be opened</source>
        <translation>无法打开日记</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>LegCare cannot open your cramp diary: %1.</source>
        <translation>LegCare 无法打开您的抽筋日记：%1。</translation>
    </message>
    <message>
        <source>LegCare has not changed the file.</source>
        <translation>LegCare 未对该文件做任何更改。</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>最新的备份是 %1。</translation>
    </message>
    <message>
        <source>If you start a new diary, the old file is kept beside it under the name %1.damaged-… so that nothing is lost.</source>
        <translation>如果新建日记，旧文件将以 %1.damaged-… 为名保留在同一位置，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>恢复最新备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start a new diary</source>
        <translation>新建日记(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The diary was restored from its newest backup, %1.</source>
        <translation>已从最新备份 %1 恢复日记。</translation>
    </message>
    <message>
        <source>A new diary was started. The old file was kept as %1.</source>
        <translation>已新建日记。旧文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>&amp;New cramp episode…</source>
        <translation>新建抽筋记录(&amp;N)…</translation>
    </message>
    <message>
        <source>New cramp episode</source>
        <translation>新建抽筋记录</translation>
    </message>
    <message>
        <source>Log a cramp (%1, from anywhere in LegCare)</source>
        <translation>记录一次抽筋（%1，在 LegCare 任意界面均可使用）</translation>
    </message>
    <message>
        <source>Diary views</source>
        <translation>日记视图</translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation>发作记录(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;tatistics and charts</source>
        <translation>统计与图表(&amp;T)</translation>
    </message>
    <message>
        <source>Log each cramp in a few seconds (Ctrl+N), see how often they come, and take the record to your doctor.</source>
        <translation>每次抽筋只需几秒即可记录（Ctrl+N），了解发作频率，并可将记录带给医生。</translation>
    </message>
    <message>
        <source>The diary could not do that: %1</source>
        <translation>日记无法执行该操作：%1</translation>
    </message>
    <message>
        <source>Cramp episodes</source>
        <translation>抽筋发作记录</translation>
    </message>
    <message>
        <source>Enter or double-click edits an episode, Delete removes it, Ctrl+Z undoes.</source>
        <translation>按 Enter 或双击可编辑记录，按 Delete 删除，按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Click “Date and time” to show the oldest or the newest first.</source>
        <translation>点击“日期和时间”可切换为最早或最新的记录在前。</translation>
    </message>
    <message>
        <source>Delete episode</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Edit episode…</source>
        <translation>编辑记录…</translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation>可按 %1 撤销。</translation>
    </message>
    <message>
        <source>Episodes shown: %1</source>
        <translation>显示的记录：%1</translation>
    </message>
</context>
<context>
    <name>legcare::gui::DiaryStatsView</name>
    <message>
        <source>Chart: cramps per week</source>
        <translation>图表：每周抽筋次数</translation>
    </message>
    <message>
        <source>Chart: mean severity per week</source>
        <translation>图表：每周平均严重程度</translation>
    </message>
    <message>
        <source>Chart: where</source>
        <translation>图表：部位</translation>
    </message>
    <message>
        <source>Chart: hour the cramp started</source>
        <translation>图表：抽筋开始的时刻</translation>
    </message>
    <message>
        <source>Chart: possible triggers</source>
        <translation>图表：可能的诱因</translation>
    </message>
    <message>
        <source>Chart: what helped</source>
        <translation>图表：缓解方式</translation>
    </message>
    <message>
        <source>Chart: cramps per week with and without routines</source>
        <translation>图表：做与未做拉伸练习时的每周抽筋次数</translation>
    </message>
    <message>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>With a routine: %1 a week; without: %2 a week</source>
        <translation>做拉伸练习：每周 %1 次；未做：每周 %2 次</translation>
    </message>
    <message>
        <source>no such weeks</source>
        <translation>没有符合条件的周</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 a week — at or above the threshold of 3&lt;/b&gt;</source>
        <translation>&lt;b&gt;每周 %1 次——达到或超过 3 次的阈值&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 a week (threshold: 3)</source>
        <translation>每周 %1 次（阈值：3 次）</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>时间段：%1</translation>
    </message>
    <message>
        <source>Cramps: &lt;b&gt;%1&lt;/b&gt; (%2 a week)</source>
        <translation>抽筋：&lt;b&gt;%1&lt;/b&gt; 次（每周 %2 次）</translation>
    </message>
    <message>
        <source>Last four weeks: %1 cramps, %2</source>
        <translation>最近四周：抽筋 %1 次，%2</translation>
    </message>
    <message>
        <source>Last 7 days: %1</source>
        <translation>最近 7 天：%1</translation>
    </message>
    <message>
        <source>Severity: mean %1, worst %2</source>
        <translation>严重程度：平均 %1，最重 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Diary statistics</source>
        <translation>日记统计</translation>
    </message>
    <message>
        <source>The statistics cover every place on the leg; the place filter applies to the list.</source>
        <translation>统计涵盖腿部所有部位；部位筛选仅作用于列表。</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>这段时间没有记录。</translation>
    </message>
    <message>
        <source>The charts cannot be shown: %1</source>
        <translation>无法显示图表：%1</translation>
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
    <name>legcare::gui::DoctorReportPrinting</name>
    <message>
        <source>The report covers:</source>
        <translation>报告涵盖：</translation>
    </message>
    <message>
        <source>The last %1 days</source>
        <translation>近 %1 天</translation>
    </message>
    <message>
        <source>Print report for your doctor</source>
        <translation>打印给医生的报告</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>LegCare report %1.pdf</source>
        <translation>LegCare 报告 %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>legcare::gui::EpisodeModel</name>
    <message>
        <source>Severity %1 of 10</source>
        <translation>严重程度 %1/10</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Doing what</source>
        <translation>当时在做什么</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>可能的诱因</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>缓解方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>legcare::gui::Explanation</name>
    <message>
        <source>What does this mean?</source>
        <translation>这是什么意思？</translation>
    </message>
</context>
<context>
    <name>legcare::gui::FrequencyPrompt</name>
    <message>
        <source>See a doctor</source>
        <translation>请就医</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>3 or more cramps a week means seeing a doctor.</source>
        <translation>每周抽筋 3 次或以上，应去看医生。</translation>
    </message>
    <message>
        <source>Run the symptom check</source>
        <translation>进行症状自查</translation>
    </message>
    <message>
        <source>Cramps in the last 7 days: %1. Over the last four weeks: %2 a week on average. Please make an appointment with your doctor and take the diary with you.</source>
        <translation>近 7 天抽筋次数：%1。近四周平均每周 %2 次。请预约医生就诊，并带上抽筋日记。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::HelpDialog</name>
    <message>
        <source>LegCare Help</source>
        <translation>LegCare 帮助</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>帮助目录</translation>
    </message>
    <message>
        <source>Choose a topic; its text is shown beside the list.</source>
        <translation>选择一个主题，内容会显示在列表旁边。</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>帮助内容</translation>
    </message>
    <message>
        <source>Welcome and safety</source>
        <translation>欢迎与安全须知</translation>
    </message>
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
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <source>LegCare helps you look after leg pain and leg cramps yourself, and tells you clearly when to see a doctor instead. It has four areas: choose one in the list on the left of the window, or press %1 to %2.</source>
        <translation>LegCare 帮你自己照顾腿痛和腿抽筋，并清楚地告诉你什么时候应该去看医生。它有四个部分：在窗口左侧的列表中选择，或按 %1 到 %2。</translation>
    </message>
    <message>
        <source>Symptom check: a short interview that tells you how urgent it is and what you can do.</source>
        <translation>症状自查：几个简短的问题，告诉你情况有多紧急、自己可以做些什么。</translation>
    </message>
    <message>
        <source>Stretching: illustrated stretches and routines, with a guided player and timers.</source>
        <translation>拉伸：带示意图的拉伸动作和练习方案，可以跟练并计时。</translation>
    </message>
    <message>
        <source>Diary: log each cramp in a few seconds and take the record to your doctor.</source>
        <translation>日记：几秒钟记下每次抽筋，看医生时带上记录。</translation>
    </message>
    <message>
        <source>Library: conditions, exercises, warning signs and facts.</source>
        <translation>知识库：各种病症、练习动作、危险信号和相关知识。</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全须知</translation>
    </message>
    <message>
        <source>See a doctor today if you have:</source>
        <translation>如果出现以下情况，请今天就去看医生：</translation>
    </message>
    <message>
        <source>Help ▸ Safety information shows this message again.</source>
        <translation>“帮助 ▸ 安全须知”可以再次查看这段提示。</translation>
    </message>
    <message>
        <source>A short interview about your leg pain or cramps. It takes about three minutes.</source>
        <translation>关于腿痛或抽筋的几个简短问题，大约需要三分钟。</translation>
    </message>
    <message>
        <source>It starts with the danger signs. If you answer yes to one, LegCare tells you at once what to do, and you can stop there. Then it asks where it is (click the leg map, or use the arrow keys and Space on it, or choose the place below it), when it happens, how often and how bad it is. Every question can be answered &quot;Don&apos;t know&quot;, and Back keeps your answers.</source>
        <translation>先问危险信号。只要有一项回答“是”，LegCare 会立即告诉你该怎么做，你可以就此停下。接着问疼在哪里（点击腿部示意图，或在图上用方向键和空格键选择，或在图下方选择部位）、什么时候出现、多久一次、有多严重。每个问题都可以回答“不知道”，点“上一步”时已填的回答会保留。</translation>
    </message>
    <message>
        <source>The result says how urgent it is, with a sign and in words: look after it yourself, see a doctor, see a doctor today, or get help now. It lists what it may be and why, what you can do and stretches that may help. Links open the Library.</source>
        <translation>结果会用标志和文字说明紧急程度：自我护理、预约看医生、今天就医，或立即求助。它还会列出可能的原因及理由、你能做的事，以及可能有帮助的拉伸动作。点击链接可以打开知识库。</translation>
    </message>
    <message>
        <source>Print the result (%1), save it as a PDF, or save it to your diary: the report for your doctor then shows it.</source>
        <translation>可以打印结果（%1）、另存为 PDF，或保存到日记中，给医生看的报告里就会包含它。</translation>
    </message>
    <message>
        <source>Stretches and routines for cramps and leg-root pain. Choose a routine on the left to see each exercise with its picture, steps, hold and repetitions, and the total time.</source>
        <translation>针对抽筋和大腿根部疼痛的拉伸动作与练习方案。在左侧选择一个方案，就能看到每个动作的示意图、步骤、保持时间、重复次数和总时长。</translation>
    </message>
    <message>
        <source>Start guided routine plays it one exercise at a time with hold timers, a sound and a highlighted instruction at each change. Space pauses, the Left and Right arrow keys go back or skip, Esc stops. Each routine you play is kept in the History tab and counts in the diary.</source>
        <translation>“开始跟练”会逐个动作带你练习，为每次保持计时，每次切换时有提示音和高亮的提示文字。空格键暂停，← 和 → 键回到上一步或跳过，Esc 结束。每次练习都会保存在“练习记录”中，并计入日记。</translation>
    </message>
    <message>
        <source>To make a routine of your own, use New routine, or Copy to start from one of LegCare&apos;s. In the Edit tab you can rename it, add exercises, change holds and repetitions, and change the order by dragging or with Alt+Up and Alt+Down. Edit ▸ Undo (%1) takes back any change.</source>
        <translation>要编排自己的方案，可以用“新建方案”，或用“复制”从 LegCare 提供的方案开始。在“编辑”中可以重命名、添加动作、修改保持时间和重复次数，并通过拖动或 Alt+↑ / Alt+↓ 调整顺序。“编辑 ▸ 撤销”（%1）可以撤回任何修改。</translation>
    </message>
    <message>
        <source>Print (%1) gives a sheet with tick boxes for the week; Save as PDF writes the same sheet to a file.</source>
        <translation>打印（%1）会得到一份带一周打勾方框的练习单；“另存为 PDF”把同样的练习单保存为文件。</translation>
    </message>
    <message>
        <source>Stop any exercise that hurts.</source>
        <translation>任何动作引起疼痛都请停下。</translation>
    </message>
    <message>
        <source>Log each cramp in a few seconds: press %1 from anywhere in LegCare, set how bad it was and press Enter. The other questions (when, how long, where, what you were doing, triggers, what helped, a note) are optional.</source>
        <translation>几秒钟记下每次抽筋：在 LegCare 的任何地方按 %1，选择严重程度后按回车即可。其他问题（时间、持续多久、部位、当时在做什么、诱因、什么有帮助、备注）都可以不填。</translation>
    </message>
    <message>
        <source>The Episodes tab lists your cramps, newest first. Enter or a double-click edits one, Delete removes it and %1 brings it back. The Today line keeps how much water you drank and whether you did your routine.</source>
        <translation>“记录”标签页按时间从新到旧列出你的抽筋记录。按回车或双击可以编辑，按 Delete 删除，按 %1 恢复。“今天”一栏记录你喝了多少水、是否做了练习。</translation>
    </message>
    <message>
        <source>Statistics and charts show how often cramps come, where, at what time, what may set them off and what helped. Every chart also has a written description for screen readers.</source>
        <translation>统计和图表显示抽筋的频率、部位、时间、可能的诱因以及什么有帮助。每个图表都附有供读屏软件朗读的文字说明。</translation>
    </message>
    <message>
        <source>With three or more cramps a week, the diary says so in words and suggests seeing a doctor. File ▸ Print report for your doctor (%1 while the Diary is shown) prints the last 30 or 90 days to take with you.</source>
        <translation>如果每周抽筋三次或以上，日记会用文字提示你，并建议去看医生。“文件 ▸ 打印给医生的报告”（显示日记时按 %1）可以打印最近 30 天或 90 天的记录，看病时带上。</translation>
    </message>
    <message>
        <source>Everything LegCare knows: the conditions that cause leg pain and cramps, the exercises, warning signs, facts and routines, with links between them.</source>
        <translation>LegCare 掌握的全部知识：引起腿痛和抽筋的病症、练习动作、危险信号、相关知识和练习方案，彼此之间有链接。</translation>
    </message>
    <message>
        <source>Type in the search field (%1) to find something in English or Chinese; Enter opens the best match. Alt+Left and Alt+Right go back and forward. %2 prints the page shown.</source>
        <translation>在搜索框（%1）中输入中文或英文即可查找，按回车打开最匹配的条目。Alt+← 和 Alt+→ 后退和前进。%2 打印当前页面。</translation>
    </message>
    <message>
        <source>This help, open at the area shown</source>
        <translation>本帮助，打开当前部分的说明</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>Symptom check, Stretching, Diary, Library</source>
        <translation>症状自查、拉伸、日记、知识库</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>记录一次抽筋</translation>
    </message>
    <message>
        <source>Print what the area shows: the result, the routine, the report for your doctor or the Library page</source>
        <translation>打印当前部分显示的内容：自查结果、练习方案、给医生的报告或知识库页面</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Arrow keys, Space</source>
        <translation>方向键、空格键</translation>
    </message>
    <message>
        <source>Leg map: move between places, choose one</source>
        <translation>腿部示意图：在部位之间移动、选择</translation>
    </message>
    <message>
        <source>L, R, B</source>
        <translation>L、R、B</translation>
    </message>
    <message>
        <source>Leg map: left leg, right leg, both legs</source>
        <translation>腿部示意图：左腿、右腿、双腿</translation>
    </message>
    <message>
        <source>Enter, Delete</source>
        <translation>回车、Delete</translation>
    </message>
    <message>
        <source>Diary: edit or delete the chosen cramp</source>
        <translation>日记：编辑或删除选中的记录</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+↑、Alt+↓</translation>
    </message>
    <message>
        <source>Your routine: move the chosen exercise</source>
        <translation>自己的方案：移动选中的动作</translation>
    </message>
    <message>
        <source>Space, Left, Right, Esc</source>
        <translation>空格键、←、→、Esc</translation>
    </message>
    <message>
        <source>Guided routine: pause, back, skip, stop</source>
        <translation>跟练：暂停、上一步、跳过、结束</translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+←、Alt+→</translation>
    </message>
    <message>
        <source>Library: back, forward</source>
        <translation>知识库：后退、前进</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>回车、Esc</translation>
    </message>
    <message>
        <source>Dialogs: save or go on, cancel</source>
        <translation>对话框：保存或继续、取消</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何地方</translation>
    </message>
    <message>
        <source>In the areas</source>
        <translation>在各部分中</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls of a screen; underlined letters in buttons and menus work with Alt.</source>
        <translation>Tab 和 Shift+Tab 在界面上的各个控件之间移动；按钮和菜单中带下划线的字母可以配合 Alt 键使用。</translation>
    </message>
    <message>
        <source>Everything stays on this computer. LegCare never connects to the network.</source>
        <translation>所有数据都只保存在这台电脑上。LegCare 从不联网。</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Your diary (cramps, water and routine days, your own routines, the routines you played and the symptom checks you saved):</source>
        <translation>你的日记（抽筋记录、饮水和练习情况、自己的方案、练习记录以及保存的症状自查结果）：</translation>
    </message>
    <message>
        <source>Your settings (language, window layout and other choices):</source>
        <translation>你的设置（语言、窗口布局和其他选项）：</translation>
    </message>
    <message>
        <source>Before LegCare changes the diary&apos;s format it keeps a backup next to it, with &quot;backup&quot; in its name.</source>
        <translation>LegCare 在更改日记的格式之前，会在同一位置保留一份备份，文件名中带有“backup”。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The report for your doctor can be printed or saved as a PDF from the File menu.</source>
        <translation>给医生的报告可以在“文件”菜单中打印或另存为 PDF。</translation>
    </message>
    <message>
        <source>To export every cramp to a file you can open in a spreadsheet, or bring back later with &quot;diary import&quot;, run in a terminal:</source>
        <translation>要把所有抽筋记录导出为可以用电子表格打开、以后也能用“diary import”导回的文件，请在终端中运行：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>One cramp: choose it in the Diary and press Delete (Edit ▸ Undo brings it back).</source>
        <translation>一条记录：在日记中选中后按 Delete（“编辑 ▸ 撤销”可以恢复）。</translation>
    </message>
    <message>
        <source>A routine of yours: choose it in Stretching and press Delete.</source>
        <translation>自己的方案：在“拉伸”中选中后点“删除”。</translation>
    </message>
    <message>
        <source>Everything: quit LegCare, then delete the diary file with the files beside it whose names start the same way, and the settings file. LegCare starts afresh the next time.</source>
        <translation>全部数据：先退出 LegCare，再删除日记文件及其旁边文件名开头相同的文件，以及设置文件。下次启动时 LegCare 会从头开始。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::HowOftenPage</name>
    <message>
        <source>How often?</source>
        <translation>多久发生一次？</translation>
    </message>
    <message>
        <source>Think of the last few weeks.</source>
        <translation>请回想最近几周的情况。</translation>
    </message>
    <message>
        <source>A few times a year, or less</source>
        <translation>每年几次或更少</translation>
    </message>
    <message>
        <source>1 to 3 times a month</source>
        <translation>每月 1 至 3 次</translation>
    </message>
    <message>
        <source>About once a week</source>
        <translation>大约每周 1 次</translation>
    </message>
    <message>
        <source>About twice a week</source>
        <translation>大约每周 2 次</translation>
    </message>
    <message>
        <source>3 to 6 times a week</source>
        <translation>每周 3 至 6 次</translation>
    </message>
    <message>
        <source>Every day or every night, or more</source>
        <translation>每天或每晚都有，甚至更多</translation>
    </message>
</context>
<context>
    <name>legcare::gui::KbBrowser</name>
    <message>
        <source>Library page</source>
        <translation>知识库页面</translation>
    </message>
</context>
<context>
    <name>legcare::gui::LegMapCanvas</name>
    <message>
        <source>left leg</source>
        <translation>左腿</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>右腿</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>双腿</translation>
    </message>
    <message>
        <source>Leg map</source>
        <translation>腿部示意图</translation>
    </message>
    <message>
        <source>seen from the front</source>
        <translation>正面视图</translation>
    </message>
    <message>
        <source>seen from the back</source>
        <translation>背面视图</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
</context>
<context>
    <name>legcare::gui::LegMapWidget</name>
    <message>
        <source>Place on the leg</source>
        <translation>腿部部位</translation>
    </message>
    <message>
        <source>Choose a place…</source>
        <translation>选择部位…</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>左腿</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>右腿</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>双腿</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>侧别：%1</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>部位(&amp;P)：</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>侧别：</translation>
    </message>
    <message>
        <source>Click where it hurts or cramps, or choose below.</source>
        <translation>请点击疼痛或抽筋的位置，或在下方选择。</translation>
    </message>
    <message>
        <source>Chosen: %1 (side not given)</source>
        <translation>已选：%1（未指定侧别）</translation>
    </message>
    <message>
        <source>Chosen: %1, %2</source>
        <translation>已选：%1，%2</translation>
    </message>
    <message>
        <source>On the map: %1.</source>
        <translation>图中位置：%1。</translation>
    </message>
    <message>
        <source>Arrow keys move between places, Space chooses, L, R or B picks the left leg, the right leg or both.</source>
        <translation>用方向键在部位之间移动，按空格键选择，按 L、R 或 B 分别选择左腿、右腿或双腿。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::LibraryModel</name>
    <message>
        <source>Conditions</source>
        <translation>病症</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>Facts and advice</source>
        <translation>常识与建议</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>拉伸方案</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <comment>library tree: a condition that needs emergency care</comment>
        <translation>紧急：%1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有找到匹配的内容</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>library tree: group name and its number of items</comment>
        <translation>%1（%2）</translation>
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
        <source>Search conditions, exercises and topics</source>
        <translation>搜索病症、练习和专题</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>Finds conditions, exercises and topics in English or Chinese (%1)</source>
        <translation>可用中文或英文查找病症、练习和专题（%1）</translation>
    </message>
    <message>
        <source>Library contents</source>
        <translation>知识库目录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>%1 conditions, %2 exercises, %3 topics and %4 stretching routines.</source>
        <translation>共 %1 种病症、%2 个练习、%3 个专题和 %4 套拉伸方案。</translation>
    </message>
    <message>
        <source>Choose an item on the left, or type in the search field to find one. Links in a page lead to related conditions, exercises and topics.</source>
        <translation>请在左侧选择条目，或在搜索框中输入关键词查找。页面中的链接可跳转到相关的病症、练习和专题。</translation>
    </message>
    <message>
        <source>Choosing an item shows its page beside the list.</source>
        <translation>选择一个条目，它的页面会显示在列表旁边。</translation>
    </message>
    <message>
        <source>LegCare library</source>
        <translation>LegCare 知识库</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>打印“%1”</translation>
    </message>
    <message>
        <source>LegCare library, %1</source>
        <translation>LegCare 知识库，%1</translation>
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
    <message>
        <source>&amp;Find in Library</source>
        <translation>在知识库中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New cramp episode…</source>
        <translation>新建抽筋记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>将报告另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>The four areas of LegCare; %1 to %2 switch between them from anywhere.</source>
        <translation>LegCare 的四个部分；在任何地方按 %1 到 %2 即可切换。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;report for your doctor…</source>
        <translation>打印给医生的报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>LegCare &amp;Help</source>
        <translation>LegCare 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print result…</source>
        <translation>打印结果(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print routine…</source>
        <translation>打印练习方案(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print page…</source>
        <translation>打印页面(&amp;P)…</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>正在打开您的日记…</translation>
    </message>
</context>
<context>
    <name>legcare::gui::QuestionPage</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>legcare::gui::QuickLogDialog</name>
    <message>
        <source>Log a cramp</source>
        <translation>记录抽筋</translation>
    </message>
    <message>
        <source>Edit cramp episode</source>
        <translation>编辑抽筋记录</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>保存(&amp;S)（Enter）</translation>
    </message>
    <message>
        <source>&amp;Save changes (Enter)</source>
        <translation>保存更改(&amp;S)（Enter）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>When did it start?</source>
        <translation>什么时候开始的？</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
    <message>
        <source>15 min ago</source>
        <translation>15 分钟前</translation>
    </message>
    <message>
        <source>30 min ago</source>
        <translation>30 分钟前</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Date and time it started</source>
        <translation>开始的日期和时间</translation>
    </message>
    <message>
        <source>How long did it last?</source>
        <translation>持续了多长时间？</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>2 min</source>
        <translation>2 分钟</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation>持续 %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Duration not known</source>
        <translation>持续时间不详</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>在哪个部位？</translation>
    </message>
    <message>
        <source>Place on the leg</source>
        <translation>腿上的部位</translation>
    </message>
    <message>
        <source>How bad? (0 = barely, 10 = the worst ever)</source>
        <translation>有多严重？（0 = 几乎没感觉，10 = 从未有过的剧烈）</translation>
    </message>
    <message>
        <source>Severity slider, 0 to 10</source>
        <translation>严重程度滑块，0 到 10</translation>
    </message>
    <message>
        <source>Severity, 0 to 10</source>
        <translation>严重程度，0 到 10</translation>
    </message>
    <message>
        <source>What were you doing?</source>
        <translation>当时您在做什么？</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>可能的诱因</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>诱因：%1</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>缓解方式</translation>
    </message>
    <message>
        <source>Helped: %1</source>
        <translation>缓解方式：%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything else worth remembering (optional)</source>
        <translation>其他值得记下的情况（可选）</translation>
    </message>
    <message>
        <source>the diary did not say why</source>
        <translation>抽筋日记未说明原因</translation>
    </message>
    <message>
        <source>Not saved: %1. Nothing you entered is lost; try again or cancel.</source>
        <translation>未保存：%1。您输入的内容都还在，请重试或取消。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::ReminderDialog</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>LegCare can remind you once a day, in the evening. It reminds you only while it is running (minimized is fine); it does not start by itself.</source>
        <translation>LegCare 可以每天晚上提醒你一次。只有在它运行时（最小化也可以）才会提醒，它不会自己启动。</translation>
    </message>
    <message>
        <source>Remind me of my &amp;bedtime stretching routine</source>
        <translation>提醒我做睡前拉伸练习(&amp;B)</translation>
    </message>
    <message>
        <source>Remind me to check my &amp;diary in the evening</source>
        <translation>晚上提醒我检查日记(&amp;D)</translation>
    </message>
    <message>
        <source>Bedtime routine reminder</source>
        <translation>睡前练习提醒</translation>
    </message>
    <message>
        <source>Evening diary reminder</source>
        <translation>晚间日记提醒</translation>
    </message>
    <message>
        <source>Time of the bedtime routine reminder</source>
        <translation>睡前练习提醒的时间</translation>
    </message>
    <message>
        <source>Time of the evening diary reminder</source>
        <translation>晚间日记提醒的时间</translation>
    </message>
    <message>
        <source>Next bedtime routine reminder</source>
        <translation>下一次睡前练习提醒</translation>
    </message>
    <message>
        <source>Next evening diary reminder</source>
        <translation>下一次晚间日记提醒</translation>
    </message>
    <message>
        <source>Your desktop has no notification area, so reminders appear as a small message over LegCare&apos;s window.</source>
        <translation>你的桌面没有通知区域，所以提醒会以小消息的形式显示在 LegCare 窗口上。</translation>
    </message>
    <message>
        <source>Save the reminders</source>
        <translation>保存提醒设置</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>关闭，不保存</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Next reminder: now</source>
        <translation>下一次提醒：现在</translation>
    </message>
    <message>
        <source>Next reminder: today at %1</source>
        <translation>下一次提醒：今天 %1</translation>
    </message>
    <message>
        <source>Next reminder: tomorrow at %1</source>
        <translation>下一次提醒：明天 %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>下一次提醒：%1</translation>
    </message>
</context>
<context>
    <name>legcare::gui::ReminderService</name>
    <message>
        <source>LegCare reminder</source>
        <translation>LegCare 提醒</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open LegCare</source>
        <translation>打开 LegCare</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>提醒…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>LegCare: daily reminders are on</source>
        <translation>LegCare：每日提醒已开启</translation>
    </message>
</context>
<context>
    <name>legcare::gui::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Exercises of the routine</source>
        <translation>方案中的动作</translation>
    </message>
    <message>
        <source>Drag an exercise, or press Alt+Up or Alt+Down, to change the order. Delete removes it.</source>
        <translation>拖动动作，或按 Alt+↑ / Alt+↓ 调整顺序；按 Delete 键移除。</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the exercise one place up (Alt+Up)</source>
        <translation>把动作上移一位（Alt+↑）</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the exercise one place down (Alt+Down)</source>
        <translation>把动作下移一位（Alt+↓）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the exercise out of this routine (Delete)</source>
        <translation>从这个方案中移除该动作（Delete）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>no hold (moving)</source>
        <translation>不保持（动态动作）</translation>
    </message>
    <message>
        <source>Hold, in seconds</source>
        <translation>保持时间（秒）</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>要添加的动作</translation>
    </message>
    <message>
        <source>&amp;Add to routine</source>
        <translation>添加到方案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Hold each time:</source>
        <translation>每次保持(&amp;H)：</translation>
    </message>
    <message>
        <source>Re&amp;petitions:</source>
        <translation>重复次数(&amp;P)：</translation>
    </message>
    <message>
        <source>Exercises, in the order they are done:</source>
        <translation>动作（按练习顺序）：</translation>
    </message>
    <message>
        <source>rename routine to “%1”</source>
        <translation>将方案重命名为“%1”</translation>
    </message>
    <message>
        <source>move an exercise</source>
        <translation>移动动作</translation>
    </message>
    <message>
        <source>remove an exercise</source>
        <translation>移除动作</translation>
    </message>
    <message>
        <source>add an exercise</source>
        <translation>添加动作</translation>
    </message>
    <message>
        <source>change a hold</source>
        <translation>修改保持时间</translation>
    </message>
    <message>
        <source>change the repetitions</source>
        <translation>修改重复次数</translation>
    </message>
</context>
<context>
    <name>legcare::gui::RoutineItemsModel</name>
    <message>
        <source>%1. Unknown exercise “%2”</source>
        <translation>%1. 未知动作“%2”</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 —— %3</translation>
    </message>
</context>
<context>
    <name>legcare::gui::RoutinePlayerDialog</name>
    <message>
        <source>%1 — guided routine</source>
        <translation>%1 —— 跟练</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>剩余秒数</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>这一步的剩余时间</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Start this exercise again, or go to the one before (Left arrow)</source>
        <translation>重新开始这个动作，或回到上一个动作（←）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（空格键）</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Go on to the next exercise (Right arrow)</source>
        <translation>进入下一个动作（→）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>结束(&amp;S)</translation>
    </message>
    <message>
        <source>End the routine here (Esc)</source>
        <translation>在这里结束练习（Esc）</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Hold — %1 of %2</source>
        <translation>保持 —— 第 %1 次，共 %2 次</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>放松</translation>
    </message>
    <message>
        <source>%1, slowly</source>
        <translation>%1，动作放慢</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>示意图：%1</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>第 %1 个动作，共 %2 个</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>还剩约 %1</translation>
    </message>
    <message>
        <source>It is saved in your diary&apos;s routine history.</source>
        <translation>已保存到日记的练习记录中。</translation>
    </message>
    <message>
        <source>It could not be saved in your diary: %1</source>
        <translation>未能保存到日记：%1</translation>
    </message>
    <message>
        <source>Well done — routine complete</source>
        <translation>做得好，练习完成了</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>练习已结束</translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation>用时：%1。</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>已完成：</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Stop any exercise that hurts. If cramps keep coming back, happen three or more times a week or last longer, see a doctor.</source>
        <translation>任何动作引起疼痛都请停下。如果抽筋反复出现、每周三次或以上，或持续时间变长，请去看医生。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::RoutinePrinting</name>
    <message>
        <source>Print routine “%1”</source>
        <translation>打印练习方案“%1”</translation>
    </message>
    <message>
        <source>Print routine</source>
        <translation>打印练习方案</translation>
    </message>
    <message>
        <source>Save routine as PDF</source>
        <translation>将练习方案另存为 PDF</translation>
    </message>
    <message>
        <source>%1.pdf</source>
        <translation>%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
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
    <name>legcare::gui::SeverityPage</name>
    <message>
        <source>How bad is it?</source>
        <translation>有多严重？</translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 无痛</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 能想象的最剧烈疼痛</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Don&apos;t know how bad it is</source>
        <translation>不知道有多严重</translation>
    </message>
    <message>
        <source>%1 – no pain</source>
        <translation>%1 – 无痛</translation>
    </message>
    <message>
        <source>%1 – mild</source>
        <translation>%1 – 轻度</translation>
    </message>
    <message>
        <source>%1 – moderate</source>
        <translation>%1 – 中度</translation>
    </message>
    <message>
        <source>%1 – severe</source>
        <translation>%1 – 重度</translation>
    </message>
    <message>
        <source>%1 – very severe</source>
        <translation>%1 – 极重度</translation>
    </message>
    <message>
        <source>Move the slider, or choose &quot;Don&apos;t know&quot;.</source>
        <translation>请拖动滑块，或选择“不知道”。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::StretchingPage</name>
    <message>
        <source>Stretching</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>练习方案</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>新建方案(&amp;N)</translation>
    </message>
    <message>
        <source>Make a routine of your own from the exercises</source>
        <translation>用这些动作编排自己的练习方案</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy this routine into your own routines, to change it</source>
        <translation>把这个方案复制到“我的方案”，以便修改</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete this routine of yours (Edit ▸ Undo brings it back)</source>
        <translation>删除这个自己的方案（“编辑 ▸ 撤销”可以恢复）</translation>
    </message>
    <message>
        <source>&amp;Start guided routine</source>
        <translation>开始跟练(&amp;S)</translation>
    </message>
    <message>
        <source>Play the routine one exercise at a time, with hold timers</source>
        <translation>逐个动作带你练习，并为每次保持计时</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the routine as a sheet to keep at hand</source>
        <translation>把方案打印成一页页的练习单，放在手边</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Routines you have done</source>
        <translation>已做过的练习</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>完成的动作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>History</source>
        <translation>练习记录</translation>
    </message>
    <message>
        <source>Stretches and routines for cramps and leg-root pain: see how each is done, play a routine with hold timers, or print it. Stop any exercise that hurts.</source>
        <translation>针对抽筋和大腿根部疼痛的拉伸动作与练习方案：看看每个动作怎么做，跟着计时练习，或打印出来。任何动作引起疼痛都请停下。</translation>
    </message>
    <message>
        <source>Routines from LegCare</source>
        <translation>LegCare 提供的方案</translation>
    </message>
    <message>
        <source>My routines</source>
        <translation>我的方案</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>None yet: use New routine or Copy</source>
        <translation>还没有：请用“新建方案”或“复制”</translation>
    </message>
    <message>
        <source>Routines from LegCare cannot be changed; copy one to change it</source>
        <translation>LegCare 提供的方案不能修改；复制一份后即可修改</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>我的方案</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1（我的副本）</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo brings it back.</source>
        <translation>已删除“%1”。“编辑 ▸ 撤销”可以恢复。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>中途结束</translation>
    </message>
    <message>
        <source>Choosing a routine shows it; Enter starts the guided routine.</source>
        <translation>选择一个方案即可查看；按回车开始跟练。</translation>
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
        <source>It takes about three minutes. Every question can be answered &quot;Don&apos;t know&quot;, and Back keeps your answers. You can print the result or save it as a PDF to show a doctor.</source>
        <translation>大约需要三分钟。每个问题都可以回答“不知道”，点击“返回”不会丢失已填写的答案。您可以打印结果或保存为 PDF，以便给医生看。</translation>
    </message>
    <message>
        <source>Start symptom check</source>
        <translation>开始症状自查</translation>
    </message>
</context>
<context>
    <name>legcare::gui::SymptomWizard</name>
    <message>
        <source>Symptom check</source>
        <translation>症状自查</translation>
    </message>
    <message>
        <source>Show my result</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <source>Signs that need help now</source>
        <translation>需要立即求助的征象</translation>
    </message>
    <message>
        <source>First, a few questions about danger signs. Please answer each one.</source>
        <translation>首先是几个关于危险征象的问题，请逐一回答。</translation>
    </message>
    <message>
        <source>Signs that need a doctor soon</source>
        <translation>需要尽快就医的征象</translation>
    </message>
    <message>
        <source>Compare your legs if you can. Please answer each one.</source>
        <translation>如果可以，请对比一下两条腿。请逐一回答。</translation>
    </message>
    <message>
        <source>Cramp or pain?</source>
        <translation>是抽筋还是疼痛？</translation>
    </message>
    <message>
        <source>When does it happen?</source>
        <translation>什么时候发生？</translation>
    </message>
    <message>
        <source>How long does it last?</source>
        <translation>持续多长时间？</translation>
    </message>
    <message>
        <source>Back and nerves</source>
        <translation>腰背与神经</translation>
    </message>
    <message>
        <source>Problems in the lower back can be felt in the leg.</source>
        <translation>腰部的问题可能表现为腿部症状。</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <source>Activity, fluids and posture</source>
        <translation>活动、饮水与姿势</translation>
    </message>
    <message>
        <source>Health conditions and medicines</source>
        <translation>健康状况与药物</translation>
    </message>
    <message>
        <source>Some illnesses and medicines make cramps more likely.</source>
        <translation>某些疾病和药物会使抽筋更容易发生。</translation>
    </message>
</context>
<context>
    <name>legcare::gui::WarningBanner</name>
    <message>
        <source>Emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Call your local emergency number now.</source>
        <translation>请立即拨打急救电话（如 120）。</translation>
    </message>
    <message>
        <source>See a doctor today.</source>
        <translation>请今天就医。</translation>
    </message>
    <message>
        <source>What you answered can be a sign of a medical emergency. Do not wait to finish these questions: call for help or go to the nearest emergency department.</source>
        <translation>您的回答可能提示医疗急症。不要等答完这些问题：请立即呼救，或前往最近的医院急诊科。</translation>
    </message>
    <message>
        <source>What you answered needs a doctor to look at it today. You can stop now, or answer the rest of the questions to learn more.</source>
        <translation>您的回答提示需要今天就医。您可以现在停止，也可以继续回答其余问题以了解更多。</translation>
    </message>
    <message>
        <source>Stop here and show what to do</source>
        <translation>到此为止，查看处理建议</translation>
    </message>
    <message>
        <source>Stop here and show the result</source>
        <translation>到此为止，查看结果</translation>
    </message>
    <message>
        <source>Emergency warning</source>
        <translation>紧急警告</translation>
    </message>
    <message>
        <source>Urgent warning</source>
        <translation>尽快就医警告</translation>
    </message>
</context>
<context>
    <name>legcare::gui::WherePage</name>
    <message>
        <source>Where is it?</source>
        <translation>在哪个部位？</translation>
    </message>
    <message>
        <source>Click the place where you feel it most, on the front or the back view. Click the same place on the other leg if both legs are affected.</source>
        <translation>请在正面或背面视图上点击感觉最明显的位置。如果双腿都有症状，请在另一条腿的相同位置也点击一下。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LegCare</source>
        <translation>LegCare</translation>
    </message>
    <message>
        <source>LegCare cannot start: its knowledge base is damaged.

%1</source>
        <translation>LegCare 无法启动：知识库已损坏。

%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-care for leg pain and leg cramps.</source>
        <translation>腿痛与腿抽筋的自我护理。</translation>
    </message>
    <message>
        <source>Use the cramp diary at PATH instead of the default one.</source>
        <translation>使用位于 PATH 的抽筋日记，而不是默认日记。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
</context>
</TS>
