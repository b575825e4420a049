using System.Text.Json;
using Governance.Rules.ElderlyCare;
using NodaTime;

namespace Governance.Rules.Testing.Areas;

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
                5 => TryStatuses(ref reader, out statuses),
                6 => TryAssessments(ref reader, out assessments),
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

    private static int Member(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("birthDate"u8) ? 0
        : reader.ValueTextEquals("deathDate"u8) ? 1
        : reader.ValueTextEquals("hukouDistrict"u8) ? 2
        : reader.ValueTextEquals("hukouSince"u8) ? 3
        : reader.ValueTextEquals("residesInJurisdiction"u8) ? 4
        : reader.ValueTextEquals("economicStatuses"u8) ? 5
        : reader.ValueTextEquals("assessments"u8) ? 6
        : reader.ValueTextEquals("livingArrangement"u8) ? 7
        : reader.ValueTextEquals("institutionalCareFrom"u8) ? 8
        : reader.ValueTextEquals("institutionalCareUntil"u8) ? 9
        : reader.ValueTextEquals("applicationDate"u8) ? 10
        : reader.ValueTextEquals("adaptationAlreadyGranted"u8) ? 11
        : reader.ValueTextEquals("adaptationCost"u8) ? 12
        : reader.ValueTextEquals("mealsPerMonth"u8) ? 13
        : -1;

    private static bool TryStatuses(ref Utf8JsonReader reader, out IReadOnlyList<EconomicStatusPeriod> statuses)
    {
        statuses = [];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<EconomicStatusPeriod>(1);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            EconomicStatus? status = null;
            LocalDate? from = null, to = null;
            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = reader.ValueIsEscaped ? -1
                    : reader.ValueTextEquals("status"u8) ? 0
                    : reader.ValueTextEquals("from"u8) ? 1
                    : reader.ValueTextEquals("to"u8) ? 2
                    : -1;
                if (member < 0 || (seen & (1 << member)) != 0 || !reader.Read())
                {
                    return false;
                }

                seen |= 1 << member;
                var ok = member switch
                {
                    0 => TryStatus(ref reader, out status),
                    1 => TryDate(ref reader, false, out from),
                    _ => TryDate(ref reader, true, out to),
                };
                if (!ok)
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || status is not { } s || from is not { } f)
            {
                return false;
            }

            list.Add(new EconomicStatusPeriod(s, f, to));
        }

        statuses = list;
        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool TryAssessments(ref Utf8JsonReader reader, out IReadOnlyList<CareAssessment> assessments)
    {
        assessments = [];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<CareAssessment>(1);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            CareLevel? level = null;
            LegacyCareLevel? legacy = null;
            LocalDate? on = null, until = null;
            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = reader.ValueIsEscaped ? -1
                    : reader.ValueTextEquals("level"u8) ? 0
                    : reader.ValueTextEquals("legacyLevel"u8) ? 1
                    : reader.ValueTextEquals("assessedOn"u8) ? 2
                    : reader.ValueTextEquals("validUntil"u8) ? 3
                    : -1;
                if (member < 0 || (seen & (1 << member)) != 0 || !reader.Read())
                {
                    return false;
                }

                seen |= 1 << member;
                var ok = member switch
                {
                    0 => TryLevel(ref reader, out level),
                    1 => TryLegacy(ref reader, out legacy),
                    2 => TryDate(ref reader, false, out on),
                    _ => TryDate(ref reader, true, out until),
                };
                if (!ok)
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || on is not { } assessedOn)
            {
                return false;
            }

            list.Add(new CareAssessment { Level = level, LegacyLevel = legacy, AssessedOn = assessedOn, ValidUntil = until });
        }

        assessments = list;
        return reader.TokenType == JsonTokenType.EndArray;
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

    private static bool TryStatus(ref Utf8JsonReader reader, out EconomicStatus? status)
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
