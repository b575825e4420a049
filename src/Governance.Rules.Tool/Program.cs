using System.CommandLine;
using System.Text;
using Governance.Rules.Tool;

Console.OutputEncoding = Encoding.UTF8;
Text.ChooseHelpLanguage(args);
var root = new RootCommand(Text.Help("govrules：苏州社区治理政策规则测算（Governance.Rules）", "govrules: Suzhou community-governance rules (Governance.Rules)"))
{
    EvalCommand.Create(),
    BatchCommand.Create(),
    DiffCommand.Create(),
    ParamsCommand.Create(),
    LintCommand.Create(),
    TestCommand.Create(),
    SchemaCommand.Create(),
    SamplesCommand.Create(),
};
HelpText.Install(root);
return root.Parse(args).Invoke();
