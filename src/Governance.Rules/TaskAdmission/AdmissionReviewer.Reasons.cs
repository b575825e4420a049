using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using Governance.Rules.Catalogues;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using NodaTime;

namespace Governance.Rules.TaskAdmission;

// Each reason of a review with its message and source; the messages that depend on the reason alone are made once.
public sealed partial class AdmissionReviewer
{
    private sealed partial class Policy
    {
        public AdmissionReasonDetail Reason(AdmissionReasons flag, WorkItemRequest request, IReadOnlyList<ProhibitedKindFound> found, CatalogueItem? item, LocalDate? next, ExplanationBuilder x)
        {
            var ruleId = ReasonRuleId(flag);
            if (flag == AdmissionReasons.PlaceholderItem && item is not null)
            {
                var m = new LocalizedText(
                    $"待核实：“{item.Name.ZhHans}”虽列入名录，但该事项表述为占位内容，尚未取得正式名录文本，不能据此认定已准入。",
                    $"To be confirmed: '{item.Name.En}' ({item.Name.ZhHans}) is in the catalogue only as a placeholder; the official wording is not held, so it cannot be taken as admitted.");
                if (x.Explaining)
                {
                    StepPlaceholderItem(x, ruleId, m, item);
                }

                return new AdmissionReasonDetail(flag, m, item.Citation, item.Provenance, item.Layer, item.Note);
            }

            var info = Rule(flag)!;
            var detail = flag switch
            {
                AdmissionReasons.ProhibitedKind when found.Count == 0 && request.ProhibitedKinds.Count == 1 =>
                    _singleKind.GetOrAdd(request.ProhibitedKinds[0], static (_, a) => new AdmissionReasonDetail(a.flag, a.Self.ProhibitedMessage(a.request, a.found), a.info.Citation, a.info.Provenance, a.info.Layer, a.info.Note), (Self: this, flag, request, found, info)),
                AdmissionReasons.ProhibitedKind => new AdmissionReasonDetail(flag, ProhibitedMessage(request, found), info.Citation, info.Provenance, info.Layer, info.Note),
                _ when FixedMessage(flag) is { } fixedMessage => _fixed[BitOperations.Log2((uint)flag)] ??= new AdmissionReasonDetail(flag, fixedMessage, info.Citation, info.Provenance, info.Layer, info.Note),
                // Only the outside-the-cycle reason is left, and the review gives it only with a next adjustment date.
                _ => CycleReason(flag, next!.Value, info),
            };
            x.Step(ruleId, detail.Message, info, flag == AdmissionReasons.OutsideCycle ? Anchor.Info : null);
            return detail;
        }

        /// <summary>The parameter whose rule gives <paramref name="flag"/>.</summary>
        private ParameterValueInfo? Rule(AdmissionReasons flag) => flag switch
        {
            AdmissionReasons.NoLegalBasis => LegalBasis.Info,
            AdmissionReasons.ProhibitedKind => Kinds.Info,
            AdmissionReasons.FundsNotFollowing or AdmissionReasons.AuthorityNotFollowing => Resources.Info,
            AdmissionReasons.RatingNotOnList => Ratings.Info,
            AdmissionReasons.OneVoteVeto => Veto.Info,
            AdmissionReasons.PlaqueBan => Plaques.Info,
            AdmissionReasons.LedgerBan => Ledgers.Info,
            AdmissionReasons.AppCheckInBan => Apps.Info,
            AdmissionReasons.RepeatedReportingBan => Repeated.Info,
            _ => Cycle.Info,
        };

        /// <summary>The reasons whose message depends on nothing but the reason, with the shared details made from them once per stretch (a benign race makes equal ones).</summary>
        private static LocalizedText? FixedMessage(AdmissionReasons flag) => flag switch
        {
            AdmissionReasons.NoLegalBasis => ReasonTexts.NoLegalBasis,
            AdmissionReasons.FundsNotFollowing => ReasonTexts.Funds,
            AdmissionReasons.AuthorityNotFollowing => ReasonTexts.Authority,
            AdmissionReasons.RatingNotOnList => ReasonTexts.Rating,
            AdmissionReasons.OneVoteVeto => ReasonTexts.Veto,
            AdmissionReasons.PlaqueBan => ReasonTexts.Plaque,
            AdmissionReasons.LedgerBan => ReasonTexts.Ledger,
            AdmissionReasons.AppCheckInBan => ReasonTexts.App,
            AdmissionReasons.RepeatedReportingBan => ReasonTexts.Repeated,
            _ => null,
        };

        private readonly AdmissionReasonDetail?[] _fixed = new AdmissionReasonDetail?[16];

        /// <summary>The prohibited-kind reason of a request tagged with one kind and naming none in its title, by kind code, made once each.</summary>
        private readonly ConcurrentDictionary<string, AdmissionReasonDetail> _singleKind = new(StringComparer.Ordinal);

        /// <summary>The last outside-the-cycle reason made, kept for the next review with the same next adjustment date.</summary>
        private Tuple<LocalDate, AdmissionReasonDetail>? _cycle;

        private AdmissionReasonDetail CycleReason(AdmissionReasons flag, LocalDate next, ParameterValueInfo info)
        {
            if (_cycle is { } last && last.Item1 == next && last.Item2.Reason == flag)
            {
                return last.Item2;
            }

            var message = new LocalizedText(
                $"不在名录调整周期内：名录{CycleZh(Cycle.Value)}调整一次，下次调整日为{ExplanationBuilder.DateZh(next)}；非因法律政策变化不得提前准入。",
                $"Outside the adjustment cycle: the catalogue is adjusted every {Cycle.Value.ToString(CultureInfo.InvariantCulture)} months, next on {ExplanationBuilder.Date(next)}; without a legal change an item cannot be admitted sooner.");
            var detail = new AdmissionReasonDetail(flag, message, info.Citation, info.Provenance, info.Layer, info.Note);
            _cycle = Tuple.Create(next, detail);
            return detail;
        }

        /// <summary>The kinds tagged by the caller, then those found in the title with the term found.</summary>
        private LocalizedText ProhibitedMessage(WorkItemRequest request, IReadOnlyList<ProhibitedKindFound> found)
        {
            var byCode = Kinds.Value.ByCode;
            var zh = new string[request.ProhibitedKinds.Count + found.Count];
            var en = new string[zh.Length];
            var i = 0;
            foreach (var code in request.ProhibitedKinds)
            {
                var name = byCode[code].Name;
                zh[i] = name.ZhHans;
                en[i++] = name.En;
            }

            foreach (var f in found)
            {
                var name = byCode[f.Kind].Name;
                zh[i] = $"{name.ZhHans}（事项名称含“{f.Term}”）";
                en[i++] = $"{name.En} (the title contains the term {f.Term})";
            }

            return new LocalizedText("属于禁止下沉的事项：" + string.Join("、", zh) + "。", "A prohibited kind of task: " + string.Join("; ", en) + ".");
        }

        private static void StepPlaceholderItem(ExplanationBuilder x, string ruleId, LocalizedText message, CatalogueItem item) =>
            x.Step(ruleId, () => message, null, ExplanationBuilder.Value("item", item.Code));

        /// <summary>The rule id of each reason's step, <c>admission.reason.&lt;code&gt;</c>, spelled once.</summary>
        private static readonly FrozenDictionary<AdmissionReasons, string> ReasonRuleIds =
            Enum.GetValues<AdmissionReasons>().ToFrozenDictionary(f => f, f => "admission.reason." + AdmissionReasonCodes.Of(f));

        private static string ReasonRuleId(AdmissionReasons flag) => ReasonRuleIds[flag];

        private static string CycleZh(int months) => months % 12 == 0
            ? (months == 12 ? "每年" : "每" + (months / 12).ToString(CultureInfo.InvariantCulture) + "年")
            : "每" + months.ToString(CultureInfo.InvariantCulture) + "个月";
    }

    /// <summary>The messages of the reasons that name nothing but the rule broken.</summary>
    private static class ReasonTexts
    {
        public static readonly LocalizedText NoLegalBasis = new("未提供法律法规依据：下沉事项须有法律、法规或党内法规依据。", "No legal basis offered: an item pushed down needs a law, regulation or party rule.");

        public static readonly LocalizedText Funds = new("经费未随事转（费随事转）。", "Funds do not follow the task (费随事转).");

        public static readonly LocalizedText Authority = new("权限未随责转（权随责转）。", "Authority does not follow the task (权随责转).");

        public static readonly LocalizedText Rating = new("评比、考核事项不在达标评比清单上，部门不得单独对社区评比考核。", "A rating or assessment not on the ratings list: departments may not rate communities separately.");

        public static readonly LocalizedText Veto = new("设置“一票否决”：此类事项已取消。", "A one-vote veto: such items are abolished.");

        public static readonly LocalizedText Plaque = new("要求在社区挂牌：部门在社区的挂牌应予清理。", "A plaque in the community: departmental plaques are to be cleaned up.");

        public static readonly LocalizedText Ledger = new("要求建立台账、留痕：不得频繁要求基层填表报数，留痕不作为考核依据。", "Ledgers or paper trails: the grassroots may not be asked for frequent forms, and paper trails are not performance criteria.");

        public static readonly LocalizedText App = new("要求在政务应用程序中打卡、排名或统计在线时长：已被禁止。", "App check-ins, rankings or online-time counts: banned.");

        public static readonly LocalizedText Repeated = new("要求重复报送数据：同一材料原则上只报一次。", "Repeated data reporting: the same material is reported at most once.");
    }
}
