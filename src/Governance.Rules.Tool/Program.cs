using System.CommandLine;
using System.Text;
using Governance.Rules.Tool;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("govrules — 苏州社区治理政策规则计算 / Suzhou community-governance rules (Governance.Rules)")
{
    EvalCommand.Create(),
    BatchCommand.Create(),
    DiffCommand.Create(),
    ParamsCommand.Create(),
    LintCommand.Create(),
    TestCommand.Create(),
    SchemaCommand.Create(),
};
return root.Parse(args).Invoke();
