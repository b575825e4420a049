using System.Collections.Frozen;
using System.Text.Json;

namespace Governance.Rules.Compensation;

/// <summary>The monthly qualification allowance (职业资格津贴, 元/月) by qualification code; only the highest qualification held is paid.</summary>
/// <remarks>Codes that <c>pay.qualification_uplift</c> does not list are never matched.</remarks>
public sealed class QualificationAllowanceTable
{
    private readonly FrozenDictionary<string, decimal> _byCode;

    private QualificationAllowanceTable(FrozenDictionary<string, decimal> byCode) => _byCode = byCode;

    /// <summary>The allowances by qualification code.</summary>
    public IReadOnlyDictionary<string, decimal> Amounts => _byCode;

    /// <summary>The monthly allowance of a qualification, 0 when none is listed.</summary>
    /// <param name="code">The qualification code.</param>
    /// <returns>The allowance in 元/月.</returns>
    public decimal AmountFor(string code) => code is not null && _byCode.TryGetValue(code, out var a) ? a : 0m;

    internal static bool TryRead(JsonElement json, out QualificationAllowanceTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Object)
        {
            error = "expected an object {qualification code: 元/月}";
            return false;
        }

        var map = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in json.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDecimal(out var amount) || amount < 0m)
            {
                error = $"the allowance of '{p.Name}' must be a non-negative amount";
                return false;
            }

            if (!map.TryAdd(p.Name, amount))
            {
                error = $"qualification '{p.Name}' appears twice";
                return false;
            }
        }

        value = new QualificationAllowanceTable(map.ToFrozenDictionary(StringComparer.Ordinal));
        error = null;
        return true;
    }
}
