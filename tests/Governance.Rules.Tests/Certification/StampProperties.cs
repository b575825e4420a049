using Governance.Rules.Catalogues;
using Governance.Rules.Certification;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using static Governance.Rules.Tests.Catalogues.CatalogueTestLayers;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Certification;

public sealed class StampProperties
{
    private static readonly LocalDate AsOf = new(2025, 6, 30);
    private static readonly StampDecider Suzhou = new(RulePacks.Suzhou, SystemClock.Instance);
    private static readonly Catalogue Certificates = RulePacks.Suzhou.Catalogues["certification"]!;

    // Simplified → traditional for the characters of the catalogue, to rewrite requests the way a traditional keyboard would.
    private static readonly Dictionary<char, char> Traditional = new()
    {
        ['无'] = '無', ['记'] = '記', ['录'] = '錄', ['证'] = '證', ['关'] = '關', ['系'] = '係', ['亲'] = '親', ['属'] = '屬',
        ['户'] = '戶', ['项'] = '項', ['内'] = '內', ['变'] = '變', ['请'] = '請', ['养'] = '養', ['区'] = '區', ['复'] = '復',
        ['员'] = '員', ['况'] = '況', ['踪'] = '蹤', ['状'] = '狀', ['残'] = '殘', ['业'] = '業', ['档'] = '檔', ['财'] = '財',
        ['产'] = '產', ['遗'] = '遺', ['继'] = '繼', ['权'] = '權', ['场'] = '場', ['体'] = '體',
    };

    private static readonly Gen<string> Names = Gen.Elements(Certificates.InForce(AsOf).SelectMany(i => i.AliasesZhHans.Append(i.Name.ZhHans)).ToArray());

    private static string Vary(string text, int seed)
    {
        var r = new Random(seed);
        var chars = new List<char>();
        foreach (var c in text)
        {
            var x = r.Next(2) == 0 && Traditional.TryGetValue(c, out var t) ? t : c;
            if (x is >= '!' and <= '~' && r.Next(2) == 0)
            {
                x = (char)(x + 0xFEE0); // full width
            }

            chars.Add(x);
            switch (r.Next(6))
            {
                case 0: chars.Add(' '); break;
                case 1: chars.Add('\u3000'); break;
                case 2: chars.Add('·'); break;
            }
        }

        return (r.Next(2) == 0 ? "“" : "开个") + new string([.. chars]) + (r.Next(2) == 0 ? "”。" : "！");
    }

    [Property]
    public Property Matching_is_insensitive_to_width_spacing_punctuation_and_traditional_forms() =>
        Prop.ForAll(Names.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (name, seed) =>
        {
            var plain = Suzhou.Match(name, AsOf);
            var varied = Suzhou.Match(Vary(name, seed), AsOf);
            return plain.Status == StampStatus.Decided && plain.Item is not null && varied.Item == plain.Item && varied.Kind == plain.Kind;
        });

    private static readonly Gen<string> UnrelatedNames =
        Gen.Choose(0x4E00, 0x9FA5).Select(c => (char)c).Where(c => !"证明关系户亲属死亡出生无犯罪记录婚姻状况财产遗失身份养犬".Contains(c))
            .ArrayOf().Where(a => a.Length is >= 3 and <= 8).Select(a => new string(a) + "书");

    [Property(MaxTest = 25)]
    public Property Adding_an_unrelated_item_never_changes_another_requests_decision() =>
        Prop.ForAll(UnrelatedNames.ToArbitrary(), Gen.Elements(Certificates.InForce(AsOf, "not-issued").Select(i => i.Name.ZhHans).Append("亲属证明").Append("人道救助").ToArray()).ToArbitrary(), (name, asked) =>
        {
            var load = LoadLayer(Layer(Item("unrelated-item", name, from: "2024-01-01")));
            if (!load.Success)
            {
                // A random name may happen to collide with an existing alias: the loader refuses it, which is also safe.
                return load.Errors.All(e => e.Code == "PACK_CATALOGUE_ALIAS_SHARED");
            }

            var extended = new StampDecider(load.Pack!, SystemClock.Instance);
            if (CatalogueText.Normalize(asked).Contains(CatalogueText.Normalize(name), StringComparison.Ordinal))
            {
                return true; // related after all
            }

            var before = Suzhou.Evaluate(new StampRequest { Text = asked }, EvaluationOptions.On(AsOf, explain: false)).Outcome!;
            var after = extended.Evaluate(new StampRequest { Text = asked }, EvaluationOptions.On(AsOf, explain: false)).Outcome!;
            return before.Kind == after.Kind && before.Item?.Code == after.Item?.Code && before.Basis == after.Basis;
        });

    [Property(MaxTest = 30)]
    public Property Results_are_identical_across_cultures_and_threads() =>
        Prop.ForAll(Names.ToArbitrary(), name =>
        {
            string Render()
            {
                var r = Suzhou.Evaluate(new StampRequest { Text = name, Requester = Requester.Court }, EvaluationOptions.On(AsOf));
                return r.Explanation.Render() + r.Explanation.Render(Language.En) + r.Outcome!.Message.En + r.Outcome.RefusalNotice() + r.Outcome.RefusalNotice(Language.En)
                    + string.Join("|", r.Warnings.Select(w => w.Message.ZhHans));
            }

            var texts = Cultures.Select(c => InCulture(c, Render)).ToList();
            texts.AddRange(Enumerable.Range(0, 4).AsParallel().Select(_ => Render()));
            return texts.Distinct().Count() == 1;
        });

    [Property]
    public Property Coded_and_free_text_decisions_agree_for_every_name() =>
        Prop.ForAll(Gen.Elements(Certificates.InForce(AsOf).ToArray()).ToArbitrary(), item =>
            Suzhou.Decide(item.Code, AsOf).Kind == Suzhou.Match(item.Name.ZhHans, AsOf).Kind
            && Suzhou.Match(item.Name.ZhHans, AsOf).Item == item);
}
