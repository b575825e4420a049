namespace Governance.Rules.FuzzTests;

/// <summary>Generators of the values an attacker or a careless caller sends: nulls, extremes, odd Unicode, duplicates.</summary>
internal static class Inputs
{
    private static readonly int IsoDays = Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days;

    /// <summary>Ordinary dates (1880–2200), the edges of the calendar and anything in between.</summary>
    public static readonly Gen<LocalDate> Date = Gen.Frequency(
        (12, Gen.Choose(0, 60 * 366).Select(d => new LocalDate(1990, 1, 1).PlusDays(d))),
        (4, Gen.Choose(0, 320 * 366).Select(d => new LocalDate(1880, 1, 1).PlusDays(d))),
        (1, Gen.Elements(
            LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(9999, 12, 1),
            new LocalDate(9999, 1, 1), new LocalDate(1880, 1, 1), new LocalDate(2000, 2, 29), new LocalDate(2024, 2, 29), new LocalDate(2200, 12, 31),
            new LocalDate(2201, 1, 1), new LocalDate(1879, 12, 31), new LocalDate(1949, 1, 1), new LocalDate(1948, 12, 31))),
        (1, Gen.Choose(0, IsoDays).Select(d => LocalDate.MinIsoValue.PlusDays(d))));

    public static readonly Gen<LocalDate?> OptionalDate = Gen.Frequency((1, Date.Select(d => (LocalDate?)d)), (2, Gen.Constant<LocalDate?>(null)));

    public static readonly Gen<YearMonth> Month = Date.Select(d => d.ToYearMonth());

    public static readonly Gen<YearMonth?> OptionalMonth = Gen.Frequency((3, Month.Select(m => (YearMonth?)m)), (1, Gen.Constant<YearMonth?>(null)));

    public static readonly Gen<decimal> Amount = Gen.Frequency(
        (8, Gen.Choose(-1000, 2_000_000).Select(i => i / 100m)),
        (1, Gen.Elements(
            0m, -0.01m, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue, 12m, 12.0000000001m,
            11.9999999999999999999999999m, 100_000_000m, 100_000_000.01m, 1m, 0.5m, 79228162514264337593543950.335m)));

    public static readonly Gen<decimal?> OptionalDecimal = Gen.Frequency((3, Amount.Select(d => (decimal?)d)), (1, Gen.Constant<decimal?>(null)));

    public static readonly Gen<long> Long = Gen.Frequency(
        (8, Gen.Choose(0, 200_000).Select(i => (long)i)),
        (1, Gen.Elements(0L, -1L, 1L, long.MaxValue, long.MinValue, int.MaxValue, int.MinValue, 2_000_000_000L, 2_000_000_001L, 9_999_999_999_999L)));

    public static readonly Gen<long?> OptionalLong = Gen.Frequency((3, Long.Select(l => (long?)l)), (1, Gen.Constant<long?>(null)));

    public static readonly Gen<int> Int = Gen.Frequency(
        (8, Gen.Choose(0, 60)),
        (2, Gen.Choose(1990, 2040)),
        (1, Gen.Elements(0, -1, int.MaxValue, int.MinValue, 1948, 1949, 2200, 2201, 9999, 10_000)));

    public static readonly Gen<int?> OptionalInt = Gen.Frequency((3, Int.Select(i => (int?)i)), (1, Gen.Constant<int?>(null)));

    private static readonly string[] OddTexts =
    [
        "", " ", "\t", "\u3000", "\0", "a\u0007b", "\u202E反转", "\uD800", "\uDC00x", "e\u0301", "İı", "😀", "\u200B", "\uFEFF",
        "人民调解", "ｋｉｎｓｈｉｐ", "KINSHIP", "亲属关系证明", "出生证明", "\r\n", "؜-1", "١٢٣", new string('长', 201), new string('x', 70_000),
    ];

    /// <summary>Text: null, odd Unicode, over-long strings, known codes, random strings.</summary>
    public static Gen<string?> Text(params string[] known) => Gen.Frequency(
        (1, Gen.Constant<string?>(null)),
        (2, Gen.Elements(OddTexts).Select(s => (string?)s)),
        (known.Length == 0 ? 0 : 12, Gen.Elements(known.Length == 0 ? [""] : known).Select(s => (string?)s)),
        (known.Length == 0 ? 6 : 1, ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s)));

    public static Gen<string> RequiredText(params string[] known) => Text(known).Select(s => s!);

    /// <summary>An enum value, defined or not.</summary>
    public static Gen<T> Enum<T>()
        where T : struct, System.Enum => Gen.Frequency(
            (12, Gen.Elements(System.Enum.GetValues<T>())),
            (1, Gen.Choose(-3, 100).Select(i => (T)(object)i)));

    /// <summary>A list: null, empty, with null elements, with an element repeated, or ordinary.</summary>
    public static Gen<IReadOnlyList<T>> List<T>(Gen<T> element, int max = 6) => Gen.Frequency(
        (1, Gen.Constant<IReadOnlyList<T>>(null!)),
        (1, Gen.Constant<IReadOnlyList<T>>([])),
        (1, Gen.Constant<IReadOnlyList<T>>([default!])),
        (1, element.Select(e => (IReadOnlyList<T>)[e, e, e])),
        (16, Gen.Choose(0, max).SelectMany(n => element.ArrayOf(n)).Select(a => (IReadOnlyList<T>)a)),
        (1, element.ArrayOf(120).Select(a => (IReadOnlyList<T>)a)));
}
