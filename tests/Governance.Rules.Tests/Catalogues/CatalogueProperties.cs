using Governance.Rules.Catalogues;
using Governance.Rules.Packs;

namespace Governance.Rules.Tests.Catalogues;

public sealed class CatalogueProperties
{
    private static readonly string[] Packs = ["cn", "cn.js.suzhou", "example.hubei", "example.zhejiang", "example.shanxi"];
    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 6000).Select(d => new LocalDate(2013, 1, 1).PlusDays(d));

    [Property]
    public Property An_item_is_on_at_most_one_list_on_any_date() =>
        Prop.ForAll(Gen.Elements(Packs).ToArbitrary(), Dates.ToArbitrary(), (id, date) =>
            RulePacks.Load(id).Catalogues.ById.Values.All(c =>
                c.Items.Where(i => i.IsInForce(date)).GroupBy(i => i.Code).All(g => g.Count() == 1)));

    [Property]
    public Property List_membership_between_dates_agrees_with_the_changes_query() =>
        Prop.ForAll(Gen.Elements(Packs).ToArbitrary(), Dates.ToArbitrary(), Dates.ToArbitrary(), (id, a, b) =>
        {
            var (from, to) = a <= b ? (a, b) : (b, a);
            return RulePacks.Load(id).Catalogues.ById.Values.All(c =>
            {
                var before = c.InForce(from).ToDictionary(i => i.Code);
                var after = c.InForce(to).ToDictionary(i => i.Code);
                var changes = c.Changes(from, to);
                var rebuilt = before.Keys.Except(changes.Retired.Select(i => i.Code)).Union(changes.Added.Select(i => i.Code)).Order().ToArray();
                return rebuilt.SequenceEqual(after.Keys.Order())
                    && changes.Changed.All(x => before[x.Before.Code] == x.Before && after[x.After.Code] == x.After && x.Before != x.After)
                    && after.Values.Where(i => before.ContainsKey(i.Code) && before[i.Code] != i).Count() == changes.Changed.Count
                    && changes.Added.All(i => !before.ContainsKey(i.Code))
                    && changes.Retired.All(i => !after.ContainsKey(i.Code));
            });
        });

    [Property]
    public Property Find_agrees_with_the_items_in_force() =>
        Prop.ForAll(Gen.Elements(Packs).ToArbitrary(), Dates.ToArbitrary(), (id, date) =>
            RulePacks.Load(id).Catalogues.ById.Values.All(c =>
                c.Items.Select(i => i.Code).Distinct().All(code => c.Find(code, date) == c.InForce(date).SingleOrDefault(i => i.Code == code))));
}
