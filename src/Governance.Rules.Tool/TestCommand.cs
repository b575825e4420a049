using System.CommandLine;
using Governance.Rules.Testing.Cases;

namespace Governance.Rules.Tool;

/// <summary><c>govrules test PATH</c>: runs policy test cases and prints <c>N passed, N failed</c>.</summary>
internal static class TestCommand
{
    private static readonly Argument<string> Path = new("path") { Description = Text.Help("案例文件，或包含 *.case.json 的文件夹", "A case file, or a folder searched for *.case.json") };

    public static Command Create()
    {
        var command = new Command("test", Text.Help("运行政策测试案例（*.case.json）", "Run policy test cases (*.case.json)"))
        {
            Path, Common.Lang,
        };
        command.SetAction(result => Common.Guarded(result, language =>
        {
            IReadOnlyList<PolicyCase> cases;
            try
            {
                cases = PolicyCaseFiles.Read(result.GetValue(Path)!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ToolException(2, $"找不到或无法读取测试用例：{ex.Message}", $"Cannot read the cases: {ex.Message}");
            }

            int passed = 0, failed = 0;
            foreach (var c in cases)
            {
                var verdict = PolicyCaseRunner.Run(c);
                if (verdict.Passed)
                {
                    passed++;
                    Console.Out.WriteLine("PASS " + c.Name);
                }
                else
                {
                    failed++;
                    Console.Out.WriteLine("FAIL " + c.Name + "  (" + System.IO.Path.GetFileName(c.Source) + ")");
                    foreach (var p in verdict.Problems)
                    {
                        Console.Out.WriteLine("     - " + p);
                    }
                }
            }

            Console.Out.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 && passed > 0 ? 0 : 1;
        }));
        return command;
    }
}
