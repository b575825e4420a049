using System.Globalization;
using System.Text.Json;
using Governance.Rules.Packs;

namespace Governance.Rules.Compensation;

/// <summary>The pay coefficient of every grade from 1 to <see cref="HighestGrade"/> (等级系数表).</summary>
/// <remarks>The table lists each grade once, without gaps, and coefficients rise strictly with the grade.</remarks>
public sealed class GradeCoefficientTable
{
    private readonly decimal[] _coefficients;

    private GradeCoefficientTable(decimal[] coefficients) => _coefficients = coefficients;

    /// <summary>The highest grade the table covers.</summary>
    public int HighestGrade => _coefficients.Length;

    /// <summary>The coefficient of <paramref name="grade"/>.</summary>
    /// <param name="grade">A grade from 1 to <see cref="HighestGrade"/>.</param>
    /// <returns>The coefficient.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The grade is outside the table.</exception>
    public decimal CoefficientOf(int grade)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grade, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(grade, HighestGrade);
        return _coefficients[grade - 1];
    }

    internal decimal UncheckedCoefficient(int grade) => _coefficients[grade - 1];

    internal static bool TryRead(JsonElement json, out GradeCoefficientTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {grade, coefficient} from grade 1 upward";
            return false;
        }

        var list = new List<decimal>();
        foreach (var item in json.EnumerateArray())
        {
            if (!PayJson.Exactly(item, "grade", "coefficient")
                || !item.GetProperty("grade").TryInt32(out var grade)
                || item.GetProperty("coefficient").ValueKind != JsonValueKind.Number || !item.GetProperty("coefficient").TryGetDecimal(out var c))
            {
                error = "each entry is exactly {grade, coefficient} with a whole-number grade and a decimal coefficient";
                return false;
            }

            var expected = list.Count + 1;
            if (grade < expected)
            {
                error = $"grade {grade} is listed twice or out of order (overlapping entries)";
                return false;
            }

            if (grade > expected)
            {
                error = $"grade {expected} is missing (a gap before grade {grade})";
                return false;
            }

            if (c <= 0m)
            {
                error = $"grade {grade} needs a positive coefficient";
                return false;
            }

            if (list.Count > 0 && c <= list[^1])
            {
                error = string.Create(CultureInfo.InvariantCulture, $"coefficients must rise strictly with the grade: grade {grade} has {c}, grade {grade - 1} has {list[^1]}");
                return false;
            }

            list.Add(c);
        }

        if (list.Count == 0)
        {
            error = "at least one grade is needed";
            return false;
        }

        value = new GradeCoefficientTable([.. list]);
        error = null;
        return true;
    }
}
