using System.Reflection;
using FluentValidation;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using Governance.Rules.Validation;
using static Governance.Rules.Tests.TestSupport;
using FvFailure = FluentValidation.Results.ValidationFailure;
using FvResult = FluentValidation.Results.ValidationResult;

namespace Governance.Rules.Tests.Validation;

/// <summary>
/// How a refusal's value and placeholders are written back to the caller, in every culture alike: enum values by name
/// (defined flags by their names), values with no name by their number, dates yyyy-MM-dd, numbers with the invariant
/// point; a value that is not text or a formattable value is not echoed; a placeholder without a value is left empty.
/// </summary>
public sealed class FailureTextTests
{
    private static readonly ErrorDescriptor Echo = new("TEST_ECHO", "值“{PropertyValue}”，另{Other}。", "Value '{PropertyValue}', other {Other}.");

    private static Governance.Rules.Results.ValidationFailure One(object? attempted, object? other = null, string otherKey = "Other")
    {
        var failure = new FvFailure("Some.Path", Echo.ZhHans, attempted)
        {
            ErrorCode = Echo.Code,
            CustomState = Echo,
            FormattedMessagePlaceholderValues = new Dictionary<string, object?> { [otherKey] = other },
        };
        return Assert.Single(new FvResult([failure]).ToFailures<StaffingRequest>());
    }

    public static TheoryData<string, object, string> Values => new()
    {
        { "a defined enum value", AreaLevel.Street, "Street" },
        { "an undefined enum value", (AreaLevel)99, "99" },
        { "a negative undefined enum value", (AreaLevel)(-5), "-5" },
        { "defined flags", WorkItemDemands.Plaques | WorkItemDemands.AppCheckIns, "Plaques, AppCheckIns" },
        { "flags with an undefined bit", WorkItemDemands.Plaques | (WorkItemDemands)1024, "1025" },
        { "negative flags", (WorkItemDemands)(-1), "-1" },
        { "a date", new LocalDate(2025, 6, 30), "2025-06-30" },
        { "a decimal", 1234.50m, "1234.50" },
        { "a negative whole number", -12, "-12" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_is_written_back_the_same_in_every_culture(string what, object value, string shown)
    {
        Assert.NotNull(what);
        foreach (var culture in Cultures)
        {
            var f = InCulture(culture, () => One(value, value));
            Assert.Equal(shown, f.AttemptedValue);
            Assert.Equal($"值“{shown}”，另{shown}。", f.Message.ZhHans);
            Assert.Equal($"Value '{shown}', other {shown}.", f.Message.En);
            Assert.Equal(("TEST_ECHO", "Some.Path"), (f.Code, f.PropertyPath));
        }
    }

    [Fact]
    public void Text_is_echoed_as_given_and_a_value_that_is_neither_text_nor_formattable_is_not_echoed()
    {
        Assert.Equal("  x ", One("  x ").AttemptedValue);
        var f = One(new { Name = "an object" }, "text");
        Assert.Null(f.AttemptedValue);
        Assert.Equal("值“”，另text。", f.Message.ZhHans);
        Assert.Equal("Value '', other text.", f.Message.En);
    }

    [Fact]
    public void A_placeholder_without_a_value_is_left_empty_and_a_value_without_one_is_written_by_its_text()
    {
        var none = One(null, null);
        Assert.Null(none.AttemptedValue);
        Assert.Equal("值“”，另。", none.Message.ZhHans);
        Assert.Equal("Value '', other .", none.Message.En);

        var uri = One(null, new Uri("https://example.org/a"));
        Assert.Equal("Value '', other https://example.org/a.", uri.Message.En);
    }

    [Theory]
    [InlineData("PropertyName")]
    [InlineData("PropertyValue")]
    [InlineData("PropertyPath")]
    public void FluentValidations_own_placeholders_do_not_override_the_field_name_and_value(string key)
    {
        var descriptor = new ErrorDescriptor("TEST_OWN", "{PropertyName}={PropertyValue}", "{PropertyName}={PropertyValue}");
        var failure = new FvFailure("Areas[0].Id", descriptor.ZhHans, "c1")
        {
            ErrorCode = descriptor.Code,
            CustomState = descriptor,
            FormattedMessagePlaceholderValues = new Dictionary<string, object?> { [key] = "Id" },
        };
        var f = Assert.Single(new FvResult([failure]).ToFailures<StaffingRequest>());
        Assert.Equal("Areas[0].Id", f.PropertyPath);
        Assert.Equal("第1个区域的编号=c1", f.Message.ZhHans);
        Assert.Equal("The id of area 1=c1", f.Message.En);
    }

    [Fact]
    public void A_failure_without_a_descriptor_keeps_its_message_in_both_languages()
    {
        var f = Assert.Single(new FvResult([new FvFailure("X", "原文 {PropertyValue}", 5) { ErrorCode = "OTHER" }]).ToFailures<StaffingRequest>());
        Assert.Equal(("OTHER", "X", "5"), (f.Code, f.PropertyPath, f.AttemptedValue));
        Assert.Equal("原文 {PropertyValue}", f.Message.ZhHans);
        Assert.Equal("原文 {PropertyValue}", f.Message.En);
    }

    [Fact]
    public void A_valid_result_has_no_failures() => Assert.Empty(new FvResult().ToFailures<StaffingRequest>());

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ((FvResult)null!).ToFailures<StaffingRequest>());
        Assert.Throws<ArgumentNullException>(() => ((IRuleBuilderOptions<StaffingArea, string?>)null!).WithError(StaffingErrors.IdMissing));
        var validator = new InlineValidator<StaffingArea>();
        Assert.Throws<ArgumentNullException>(() => validator.RuleFor(a => a.Id).NotEmpty().WithError(null!));
    }

    /// <summary>The rule above (a text not starting with an ASCII letter is a number) holds only while every name does.</summary>
    [Fact]
    public void Every_enum_member_of_the_library_is_named_in_ascii_starting_with_a_letter()
    {
        var enums = typeof(AreaLevel).Assembly.GetTypes().Where(t => t.IsEnum).ToArray();
        Assert.NotEmpty(enums);
        var names = enums.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => $"{t.Name}.{f.Name}")).ToArray();
        Assert.Contains("AreaLevel.Street", names);
        Assert.All(names, n => Assert.True(char.IsAsciiLetter(n[n.IndexOf('.', StringComparison.Ordinal) + 1]), n));
    }
}
