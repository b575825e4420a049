using System.CommandLine;
using Governance.Rules.Packs;

namespace Governance.Rules.Tool;

/// <summary>The options every command shares: which pack, extra layers, language.</summary>
internal static class PackOptions
{
    public static readonly Option<string> Pack = new("--pack")
    {
        Description = "Pack id (embedded, or the id of a --layer file). Default: cn.js.suzhou",
        DefaultValueFactory = _ => RulePacks.SuzhouId,
    };

    public static readonly Option<FileInfo[]> Layers = new("--layer")
    {
        Description = "Extra pack layer files (district layers, overrides, reforms)",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string> Lang = new("--lang")
    {
        Description = "Language of messages and explanations: zh-Hans (default) or en",
        DefaultValueFactory = _ => "zh-Hans",
    };

    public static RulePack Load(ParseResult result)
    {
        var language = ToolText.ParseLanguage(result.GetValue(Lang));
        var id = result.GetValue(Pack) ?? RulePacks.SuzhouId;
        var layers = (result.GetValue(Layers) ?? []).Select(f => RulePackSource.FromFile(f.FullName)).ToArray();
        var loaded = RulePacks.TryLoad(id, layers);
        if (loaded.Pack is { } pack)
        {
            return pack;
        }

        var lines = string.Join(Environment.NewLine, loaded.Errors.Select(e => "  " + e));
        throw new ToolException(2, "规则包无法加载：" + Environment.NewLine + lines, "The rule pack could not be loaded:" + Environment.NewLine + lines);
    }
}
