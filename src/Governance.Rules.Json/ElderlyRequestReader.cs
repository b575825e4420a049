using System.Text.Json;
using Governance.Rules.ElderlyCare;
using NodaTime;

namespace Governance.Rules.Json;

/// <summary>
/// Reads the common shape of an elderly-care request straight from UTF-8 — members spelled as in the schema
/// (camelCase), each at most once, values of the documented types — for the batch fast path. Anything else (another
/// spelling, a schedule, a special-family flag, an escaped text, a value the strict reader would refuse) answers
/// false, and the record goes through <see cref="RulesJson.Input"/>, which reads it or says in the user's terms why not.
/// What this reader accepts, it reads exactly as the strict reader does.
/// </summary>
internal static class ElderlyRequestReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = RulesJson.MaxDepth };

    public static bool TryRead(ReadOnlySpan<byte> json, out ElderlyPerson? person)
    {
        person = null;
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (person is not null || reader.ValueIsEscaped || !reader.ValueTextEquals("person"u8) || !reader.Read() || !TryPerson(ref reader, out person))
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                person = null;
                return false;
            }

            return person is not null;
        }
        catch (JsonException)
        {
            person = null;
            return false;
        }
    }

    private static bool TryPerson(ref Utf8JsonReader reader, out ElderlyPerson? person)
    {
        person = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        LocalDate? birth = null, death = null, hukouSince = null, careFrom = null, careUntil = null, application = null;
        string? hukou = null;
        var resides = true;
        var granted = false;
        decimal? cost = null;
        int? meals = null;
        var living = LivingArrangement.WithOthers;
        IReadOnlyList<EconomicStatusPeriod> statuses = [];
        IReadOnlyList<CareAssessment> assessments = [];
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return false;
            }

            var member = Member(ref reader);
            if (member < 0 || (seen & (1 << member)) != 0 || !reader.Read())
            {
                return false;
            }

            seen |= 1 << member;
            var ok = member switch
            {
                0 => TryDate(ref reader, false, out birth),
                1 => TryDate(ref reader, true, out death),
                2 => TryText(ref reader, out hukou),
                3 => TryDate(ref reader, true, out hukouSince),
                4 => TryBool(ref reader, out resides),
                5 => TryList<EconomicStatusPeriod>(ref reader, TryStatus, out statuses),
                6 => TryList<CareAssessment>(ref reader, TryAssessment, out assessments),
                7 => TryLiving(ref reader, out living),
                8 => TryDate(ref reader, true, out careFrom),
                9 => TryDate(ref reader, true, out careUntil),
                10 => TryDate(ref reader, true, out application),
                11 => TryBool(ref reader, out granted),
                12 => TryDecimal(ref reader, out cost),
                13 => TryInt(ref reader, out meals),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || birth is not { } birthDate)
        {
            return false;
        }

        person = new ElderlyPerson
        {
            BirthDate = birthDate,
            DeathDate = death,
            HukouDistrict = hukou,
            HukouSince = hukouSince,
            ResidesInJurisdiction = resides,
            EconomicStatuses = statuses,
            Assessments = assessments,
            LivingArrangement = living,
            InstitutionalCareFrom = careFrom,
            InstitutionalCareUntil = careUntil,
            ApplicationDate = application,
            AdaptationAlreadyGranted = granted,
            AdaptationCost = cost,
            MealsPerMonth = meals,
        };
        return true;
    }

    /// <summary>
    /// The person's member named at the reader, by the name's length first, then its bytes (a record names six or seven
    /// members; testing each name in turn made about fifty comparisons a record). The caller has refused an escaped name,
    /// and the reader reads one span, so the name's bytes are the value's.
    /// </summary>
    private static int Member(ref Utf8JsonReader reader)
    {
        var name = reader.ValueSpan;
        return name.Length switch
        {
            9 => name.SequenceEqual("birthDate"u8) ? 0 : name.SequenceEqual("deathDate"u8) ? 1 : -1,
            10 => name.SequenceEqual("hukouSince"u8) ? 3 : -1,
            11 => name.SequenceEqual("assessments"u8) ? 6 : -1,
            13 => name.SequenceEqual("hukouDistrict"u8) ? 2 : name.SequenceEqual("mealsPerMonth"u8) ? 13 : -1,
            14 => name.SequenceEqual("adaptationCost"u8) ? 12 : -1,
            15 => name.SequenceEqual("applicationDate"u8) ? 10 : -1,
            16 => name.SequenceEqual("economicStatuses"u8) ? 5 : -1,
            17 => name.SequenceEqual("livingArrangement"u8) ? 7 : -1,
            21 => name.SequenceEqual("residesInJurisdiction"u8) ? 4 : name.SequenceEqual("institutionalCareFrom"u8) ? 8 : -1,
            22 => name.SequenceEqual("institutionalCareUntil"u8) ? 9 : -1,
            24 => name.SequenceEqual("adaptationAlreadyGranted"u8) ? 11 : -1,
            _ => -1,
        };
    }

    private delegate bool ReadElement<T>(ref Utf8JsonReader reader, out T? item);

    /// <summary>A list of objects, each read by <paramref name="read"/> from its start to its end.</summary>
    private static bool TryList<T>(ref Utf8JsonReader reader, ReadElement<T> read, out IReadOnlyList<T> items)
        where T : class
    {
        items = [];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<T>(1);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!read(ref reader, out var item))
            {
                return false;
            }

            list.Add(item!);
        }

        items = list;
        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>The members of one object: <paramref name="member"/> names each (−1 unknown), <paramref name="value"/> reads it; each at most once.</summary>
    private static bool TryMembers(ref Utf8JsonReader reader, MemberIndex member, ReadMember value)
    {
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = reader.ValueIsEscaped ? -1 : member(ref reader);
            if (index < 0 || (seen & (1 << index)) != 0 || !reader.Read() || !value(ref reader, index))
            {
                return false;
            }

            seen |= 1 << index;
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    private delegate int MemberIndex(ref Utf8JsonReader reader);

    private delegate bool ReadMember(ref Utf8JsonReader reader, int index);

    private static bool TryStatus(ref Utf8JsonReader reader, out EconomicStatusPeriod? period)
    {
        EconomicStatus? status = null;
        LocalDate? from = null, to = null;
        var ok = TryMembers(
            ref reader,
            (ref r) => r.ValueTextEquals("status"u8) ? 0 : r.ValueTextEquals("from"u8) ? 1 : r.ValueTextEquals("to"u8) ? 2 : -1,
            (ref r, i) => i switch
            {
                0 => TryStatusValue(ref r, out status),
                1 => TryDate(ref r, false, out from),
                _ => TryDate(ref r, true, out to),
            });
        period = ok && status is { } s && from is { } f ? new EconomicStatusPeriod(s, f, to) : null;
        return period is not null;
    }

    private static bool TryAssessment(ref Utf8JsonReader reader, out CareAssessment? assessment)
    {
        CareLevel? level = null;
        LegacyCareLevel? legacy = null;
        LocalDate? on = null, until = null;
        var ok = TryMembers(
            ref reader,
            (ref r) => r.ValueTextEquals("level"u8) ? 0 : r.ValueTextEquals("legacyLevel"u8) ? 1 : r.ValueTextEquals("assessedOn"u8) ? 2 : r.ValueTextEquals("validUntil"u8) ? 3 : -1,
            (ref r, i) => i switch
            {
                0 => TryLevel(ref r, out level),
                1 => TryLegacy(ref r, out legacy),
                2 => TryDate(ref r, false, out on),
                _ => TryDate(ref r, true, out until),
            });
        assessment = ok && on is { } assessedOn ? new CareAssessment { Level = level, LegacyLevel = legacy, AssessedOn = assessedOn, ValidUntil = until } : null;
        return assessment is not null;
    }

    private static bool TryDate(ref Utf8JsonReader reader, bool nullable, out LocalDate? date)
    {
        date = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return nullable;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return false;
        }

        var s = reader.ValueSpan;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (var b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static bool TryText(ref Utf8JsonReader reader, out string? text)
    {
        text = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        text = reader.GetString();
        return true;
    }

    private static bool TryBool(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private static bool TryDecimal(ref Utf8JsonReader reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var d))
        {
            value = d;
            return true;
        }

        return false;
    }

    private static bool TryInt(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var i))
        {
            value = i;
            return true;
        }

        return false;
    }

    private static bool TryStatusValue(ref Utf8JsonReader reader, out EconomicStatus? status)
    {
        status = reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped ? null
            : reader.ValueTextEquals("dibao"u8) ? EconomicStatus.Dibao
            : reader.ValueTextEquals("low-income"u8) ? EconomicStatus.LowIncome
            : reader.ValueTextEquals("extreme-poverty"u8) ? EconomicStatus.ExtremePoverty
            : reader.ValueTextEquals("none"u8) ? EconomicStatus.None
            : null;
        return status is not null;
    }

    private static bool TryLevel(ref Utf8JsonReader reader, out CareLevel? level)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            level = null;
            return true;
        }

        level = reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped ? null
            : reader.ValueTextEquals("capable"u8) ? CareLevel.Capable
            : reader.ValueTextEquals("mild"u8) ? CareLevel.Mild
            : reader.ValueTextEquals("moderate"u8) ? CareLevel.Moderate
            : reader.ValueTextEquals("severe"u8) ? CareLevel.Severe
            : null;
        return level is not null;
    }

    private static bool TryLegacy(ref Utf8JsonReader reader, out LegacyCareLevel? level)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            level = null;
            return true;
        }

        level = reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped ? null
            : reader.ValueTextEquals("self-care"u8) ? LegacyCareLevel.SelfCare
            : reader.ValueTextEquals("semi-disabled"u8) ? LegacyCareLevel.SemiDisabled
            : reader.ValueTextEquals("disabled"u8) ? LegacyCareLevel.Disabled
            : null;
        return level is not null;
    }

    private static bool TryLiving(ref Utf8JsonReader reader, out LivingArrangement living)
    {
        living = LivingArrangement.WithOthers;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        if (reader.ValueTextEquals("with-others"u8))
        {
            return true;
        }

        living = reader.ValueTextEquals("empty-nest"u8) ? LivingArrangement.EmptyNest : LivingArrangement.Alone;
        return living == LivingArrangement.EmptyNest || reader.ValueTextEquals("alone"u8);
    }
}
