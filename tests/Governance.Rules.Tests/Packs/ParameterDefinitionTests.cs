using System.Text.Json;
using Governance.Rules.Packs;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// The definitions a consumer writes for its own parameters: each kind reads what it should and refuses the rest with
/// its own reason, a minimum is inclusive, and a definition whose maximum is below its minimum cannot be made.
/// </summary>
public sealed class ParameterDefinitionTests
{
    private static (bool Read, T Value, string? Error) Read<T>(ParameterDefinition<T> definition, string json)
    {
        var read = definition.TryRead(JsonDocument.Parse(json).RootElement.Clone(), out var value, out var error);
        return (read, value, error);
    }

    [Fact]
    public void A_decimal_is_read_from_its_minimum_up_and_refused_below_it_or_when_not_a_number()
    {
        var rate = ParameterDefinition.Decimal("consumer.rate", minimum: 5m, maximum: 10m);
        Assert.Equal(("consumer.rate", ParameterKind.Decimal, 5m, 10m), (rate.Key, rate.Kind, rate.Minimum, rate.Maximum));
        Assert.Equal((true, 5m, (string?)null), Read(rate, "5"));
        Assert.Equal((true, 7.25m, (string?)null), Read(rate, "7.25"));
        Assert.Equal((false, 4.99m, "must be at least 5"), Read(rate, "4.99"));
        Assert.Equal((false, 0m, "expected a decimal number"), Read(rate, "\"7\""));
        Assert.Equal((false, 0m, "expected a decimal number"), Read(rate, "true"));

        var open = ParameterDefinition.Decimal("consumer.open");
        Assert.Equal((ParameterDefinition.DefaultMinimum, ParameterDefinition.DefaultMaximum), (open.Minimum, open.Maximum));
        Assert.Equal((0m, 100_000_000m), (open.Minimum, open.Maximum));
        Assert.Equal((true, -3m, (string?)null), Read(open, "-3"));
    }

    [Fact]
    public void A_whole_number_is_read_from_its_minimum_up_and_refused_below_it_or_with_a_fraction()
    {
        var months = ParameterDefinition.Integer("consumer.months", minimum: 1, maximum: 12);
        Assert.Equal((ParameterKind.Integer, 1m, 12m), (months.Kind, months.Minimum, months.Maximum));
        Assert.Equal((true, 1, (string?)null), Read(months, "1"));
        Assert.Equal((false, 0, "must be at least 1"), Read(months, "0"));
        Assert.Equal((false, 0, "expected a whole number"), Read(months, "1.5"));
        Assert.Equal((false, 0, "expected a whole number"), Read(months, "null"));
        Assert.Equal((false, 0, "expected a whole number"), Read(months, "3000000000"));
        var open = ParameterDefinition.Integer("consumer.count");
        Assert.Equal((0m, 100_000_000m), (open.Minimum, open.Maximum));
    }

    [Fact]
    public void True_and_false_are_read_and_nothing_else()
    {
        var flag = ParameterDefinition.Boolean("consumer.flag");
        Assert.Equal(ParameterKind.Boolean, flag.Kind);
        Assert.Equal((true, true, (string?)null), Read(flag, "true"));
        Assert.Equal((true, false, (string?)null), Read(flag, "false"));
        Assert.Equal((false, false, "expected true or false"), Read(flag, "\"true\""));
        Assert.Equal((false, false, "expected true or false"), Read(flag, "1"));
    }

    [Fact]
    public void A_choice_is_one_of_its_words_exactly()
    {
        var rounding = ParameterDefinition.Choice("consumer.rounding", "up", "down");
        Assert.Equal(ParameterKind.Choice, rounding.Kind);
        Assert.Equal((true, "down", (string?)null), Read(rounding, "\"down\""));
        Assert.Equal((false, string.Empty, "expected one of: up, down"), Read(rounding, "\"Down\""));
        Assert.Equal((false, string.Empty, "expected one of: up, down"), Read(rounding, "1"));
    }

    [Fact]
    public void A_table_keeps_its_range_and_its_reader()
    {
        var table = ParameterDefinition.Table<int>("consumer.table", (JsonElement json, out int value, out string? error) =>
        {
            value = json.GetArrayLength();
            error = value == 0 ? "the list is empty" : null;
            return value > 0;
        }, minimum: -1m, maximum: 1m);
        Assert.Equal((ParameterKind.Table, -1m, 1m), (table.Kind, table.Minimum, table.Maximum));
        Assert.Equal((true, 2, (string?)null), Read(table, "[0, 1]"));
        Assert.Equal((false, 0, "the list is empty"), Read(table, "[]"));

        // A reader that meets a kind it did not expect is a refusal, never an exception.
        var (read, _, error) = Read(table, "{}");
        Assert.False(read);
        Assert.StartsWith("a field of this value is missing or has the wrong type", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_below_the_minimum_or_a_blank_key_cannot_be_defined()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ParameterDefinition.Decimal("consumer.x", minimum: 2m, maximum: 1m));
        Assert.Equal("maximum", e.ParamName);
        Assert.StartsWith("The maximum is below the minimum.", e.Message, StringComparison.Ordinal);
        Assert.Equal((2m, 2m), (ParameterDefinition.Decimal("consumer.x", 2m, 2m).Minimum, ParameterDefinition.Decimal("consumer.x", 2m, 2m).Maximum));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParameterDefinition.Integer("consumer.x", minimum: 2, maximum: 1));
        Assert.ThrowsAny<ArgumentException>(() => ParameterDefinition.Boolean(" "));
        Assert.ThrowsAny<ArgumentException>(() => ParameterDefinition.Choice("", "a"));
    }

    [Fact]
    public void A_reader_that_refuses_without_a_reason_is_reported_as_an_invalid_value_where_the_value_stands()
    {
        var silent = ParameterDefinition.Table<int>("consumer.silent", (JsonElement json, out int value, out string? error) =>
        {
            value = 0;
            error = null;
            return json.ValueKind == JsonValueKind.Number;
        });
        var errors = new List<(int Index, string Path, string Error)>();
        silent.CreateTimeline([], [JsonDocument.Parse("1").RootElement.Clone(), null, JsonDocument.Parse("{ \"a\": 1 }").RootElement.Clone()], errors);
        Assert.Equal([(2, "", "invalid value")], errors);
    }
}
