using System.CommandLine;
using Governance.Rules.Packs;

namespace Governance.Rules.Tool;

/// <summary><c>govrules lint FILE</c>: validates a pack layer file against its parents and prints every error with its JSON path.</summary>
internal static class LintCommand
{
    private static readonly Argument<FileInfo> File = new("file") { Description = Text.Help("规则包层文件", "The pack layer file") };

    public static Command Create()
    {
        var command = new Command("lint", Text.Help("校验规则包层文件，逐条列出错误及其 JSON 路径", "Validate a pack layer file and print every error with its JSON path"))
        {
            File, Common.Layers, Common.Lang,
        };
        command.SetAction(result => Common.Guarded(result, language =>
        {
            var file = result.GetValue(File)!;
            var others = (result.GetValue(Common.Layers) ?? []).Select(f => RulePackSource.FromFile(f.FullName));
            var loaded = RulePacks.TryLoad(RulePackSource.FromFile(file.FullName), others);
            if (loaded.Pack is { } pack)
            {
                Console.Out.WriteLine(Text.Get(language, $"通过：{pack}", $"OK: {pack}"));
                return 0;
            }

            // Every independent error of the file, in the order written; in zh-Hans each says what its code means, the
            // particulars (names, figures, dates) following as the loader gives them.
            foreach (var e in loaded.Errors)
            {
                Console.Out.WriteLine(Text.Get(language, $"{e.Source}：{e.Path}：{e.Code}：{e.Summary.ZhHans}（{e.Message}）", e.ToString()));
            }

            Console.Out.WriteLine(Text.Get(language, $"{loaded.Errors.Count} 处错误。", $"{loaded.Errors.Count} error(s)."));
            return 1;
        }));
        return command;
    }
}
