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
    <name>legcare::gui::KbBrowser</name>
    <message>
        <source>Library page</source>
        <translation>知识库页面</translation>
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
</context>
</TS>
