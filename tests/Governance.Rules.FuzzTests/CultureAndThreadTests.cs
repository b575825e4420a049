using System.Globalization;
using static Governance.Rules.FuzzTests.Evaluators;

namespace Governance.Rules.FuzzTests;

/// <summary>Results and messages are byte-identical under every culture and on 16 threads at once.</summary>
public sealed class CultureAndThreadTests
{
    private static readonly string[] Cultures = ["ar-SA", "fa-IR", "th-TH", "ja-JP", "tr-TR", "de-DE", "zh-CN", "en-US", "hi-IN", "he-IL"];

    /// <summary>Requests of every area (valid and invalid), each evaluated to its serialized result.</summary>
    private static readonly Func<string>[] Cases =
    [
        .. Gen.Sample(With(Requests.StaffingRequests), 40, 20).Select(c => (Func<string>)(() => Fuzz.Describe(StaffingCalculator.Evaluate(c.Request, c.Options)))),
        .. Gen.Sample(With(Requests.WorkItem), 40, 20).Select(c => (Func<string>)(() => Fuzz.Describe(Admission.Evaluate(c.Request, c.Options)))),
        .. Gen.Sample(With(Requests.ListCheck), 20, 20).Select(c => (Func<string>)(() => Fuzz.Describe(Admission.Check(c.Request, c.Options)))),
        .. Gen.Sample(With(Requests.Stamp), 40, 20).Select(c => (Func<string>)(() => Fuzz.Describe(Stamps.Evaluate(c.Request, c.Options)))),
        .. Gen.Sample(With(Requests.Worker), 40, 20).Select(c => (Func<string>)(() => Fuzz.Describe(Pay.EvaluateMonthlyPay(c.Request, c.Options)))),
        .. Gen.Sample(With(Requests.AnnualPay), 20, 20).Select(c => (Func<string>)(() => Fuzz.Describe(Pay.EvaluateAnnualPay(c.Request, c.Options)))),
        .. Gen.Sample(With(Requests.Payroll), 40, 20).Select(c => (Func<string>)(() => Fuzz.Describe(Floor.Evaluate(c.Request, c.Options)))),
        .. Gen.Sample(With(Requests.ElderlyRequests), 40, 20).Select(c => (Func<string>)(() => Fuzz.Describe(ElderlyCalculator.Evaluate(c.Request, c.Options)))),
    ];

    private static string[] Run()
    {
        var results = new string[Cases.Length];
        for (var i = 0; i < Cases.Length; i++)
        {
            results[i] = Cases[i]();
        }

        return results;
    }

    private static string[] Under(string culture)
    {
        var (c, u) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Run();
        }
        finally
        {
            CultureInfo.CurrentCulture = c;
            CultureInfo.CurrentUICulture = u;
        }
    }

    [Fact]
    public void Every_culture_gives_the_same_bytes_as_the_invariant_culture()
    {
        var expected = Under("");
        foreach (var culture in Cultures)
        {
            var actual = Under(culture);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.True(string.Equals(expected[i], actual[i], StringComparison.Ordinal), $"{culture} differs:\n{expected[i]}\n{actual[i]}");
            }
        }

        // The invariant culture writes ASCII digits and the ASCII minus sign: being identical to it means no U+061C
        // (ar-SA), no Persian or Thai digits and no Buddhist-calendar year anywhere the library formats a value.
    }

    [Fact]
    public void Sixteen_threads_in_sixteen_cultures_give_the_same_bytes()
    {
        var expected = Under("");
        var results = new string[16][];
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() => results[t] = Under(Cultures[t % Cultures.Length]))).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        foreach (var result in results)
        {
            Assert.Equal(expected, result);
        }
    }
}
