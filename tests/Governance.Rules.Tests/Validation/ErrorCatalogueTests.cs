using System.Reflection;
using System.Text.RegularExpressions;
using Governance.Rules.Validation;

namespace Governance.Rules.Tests.Validation;

/// <summary>
/// The contract every error catalogue keeps: stable, unique codes; a message in both languages that says
/// something; the same placeholders in both languages; filled placeholders in a failure.
/// </summary>
public sealed partial class ErrorCatalogueTests
{
    public static TheoryData<string> Descriptors()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All())
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<(string Name, ErrorDescriptor Descriptor)> All() =>
        typeof(ErrorDescriptor).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(ErrorDescriptor))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (ErrorDescriptor)f.GetValue(null)!))
            .OrderBy(x => x.Item1, StringComparer.Ordinal);

    private static ErrorDescriptor Get(string name) => All().Single(x => x.Name == name).Descriptor;

    [Fact]
    public void The_library_has_error_catalogues_and_every_code_names_one_error()
    {
        var all = All().ToArray();
        Assert.True(all.Length >= 50, $"only {all.Length} error descriptors found");
        var duplicates = all.GroupBy(x => x.Descriptor.Code)
            .Where(g => g.Select(x => x.Descriptor).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToArray();
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Code_is_upper_snake_case_and_both_messages_say_something(string name)
    {
        var d = Get(name);
        Assert.Matches(CodePattern(), d.Code);
        Assert.True(d.ZhHans.Length >= 4, $"{name}: zh-Hans message too short: '{d.ZhHans}'");
        Assert.True(d.En.Length >= 8, $"{name}: en message too short: '{d.En}'");
        Assert.Matches(Han(), d.ZhHans);
        Assert.DoesNotMatch(Han(), d.En);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Both_languages_use_the_same_placeholders(string name)
    {
        var d = Get(name);
        // A placeholder may have a language's own form ({Caliber} in zh-Hans, {CaliberEn} in en).
        string[] Placeholders(string text) => [.. Placeholder().Matches(text)
            .Select(m => m.Value.Replace("En}", "}", StringComparison.Ordinal).Replace("Zh}", "}", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];
        Assert.Equal(Placeholders(d.ZhHans), Placeholders(d.En));
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void A_failure_carries_the_code_the_path_the_value_and_both_filled_messages(string name)
    {
        var d = Get(name);
        var failure = d.For("Areas[3].Households", "-7");
        Assert.Equal(d.Code, failure.Code);
        Assert.Equal("Areas[3].Households", failure.PropertyPath);
        Assert.Equal("-7", failure.AttemptedValue);
        foreach (var (template, text, field) in new[] { (d.ZhHans, failure.Message.ZhHans, "第4个区域的户数"), (d.En, failure.Message.En, "households of area 4") })
        {
            Assert.DoesNotContain("{PropertyName}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{PropertyValue}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Areas[3].Households", text, StringComparison.Ordinal);
            Assert.Equal(template.Contains("{PropertyValue}", StringComparison.Ordinal), text.Contains("-7", StringComparison.Ordinal));
            Assert.Equal(template.Contains("{PropertyName}", StringComparison.Ordinal), text.Contains(field, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
