using System.CommandLine;
using System.Text;
using Governance.Rules.Tool;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("govrules — 苏州社区治理政策规则计算 (Governance.Rules)")
{
    EvalCommand.Create(),
    ParamsCommand.Create(),
    LintCommand.Create(),
};
return root.Parse(args).Invoke();
