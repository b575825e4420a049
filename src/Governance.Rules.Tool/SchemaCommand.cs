using System.CommandLine;
using Governance.Rules.Json;

namespace Governance.Rules.Tool;

/// <summary><c>govrules schema AREA</c>: prints the JSON Schema of the area's request (the shape eval and batch read).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", Text.Help("输出某一规则领域请求的 JSON Schema", "Print the JSON Schema of an area's request"))
        {
            Common.Area, Common.Lang,
        };
        command.SetAction(result => Common.Guarded(result, _ =>
        {
            Console.Out.WriteLine(Common.Adapter(result).RequestSchema().ToJsonString(RulesJson.Indented));
            return 0;
        }));
        return command;
    }
}
