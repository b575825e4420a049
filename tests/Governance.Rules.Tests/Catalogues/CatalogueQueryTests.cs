using Governance.Rules.Catalogues;
using Governance.Rules.Citations;
using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Catalogues;

public sealed class CatalogueQueryTests
{
    private static readonly Catalogue Certificates = RulePacks.Suzhou.Catalogues["certification"]!;
    private static readonly Catalogue Admission = RulePacks.Suzhou.Catalogues["admission"]!;

    [Fact]
    public void The_national_first_batch_has_20_certificates_in_force_from_its_publication_on_2020_04_27()
    {
        // 民发〔2020〕20号 was reported as issued on 2020-04-27 (每日经济新闻 14:11; 交汇点).
        Assert.Empty(Certificates.InForce(Date("2020-04-26"), "not-issued"));
        Assert.Equal(20, Certificates.InForce(Date("2020-04-27"), "not-issued").Count);
        var items = Certificates.InForce(Date("2025-06-30"), "not-issued");
        Assert.Equal(20, items.Count);
        Assert.All(items, i => Assert.Equal("mf-2020-20", i.Citation!.Id));
        Assert.All(items, i => Assert.Equal("民发〔2020〕20号", i.Citation!.DocumentNumber));
    }

    [Fact]
    public void The_four_Suzhou_lists_hold_representative_items_marked_by_provenance()
    {
        Assert.Equal(4, Admission.InForce(Date("2025-06-30"), "statutory-duty").Count);
        Assert.Equal(4, Admission.InForce(Date("2025-06-30"), "assisting").Count);
        Assert.Equal(2, Admission.InForce(Date("2025-06-30"), "rating").Count);
        Assert.Equal(7, Admission.InForce(Date("2025-06-30"), "stamping").Count);
        Assert.All(Admission.Items, i => Assert.Equal(Provenance.Placeholder, i.Provenance));
        Assert.Empty(Admission.InForce(Date("2014-12-07")));
    }

    [Fact]
    public void Death_certificate_item_changes_on_2026_07_01_to_the_unified_certificate()
    {
        var changes = Certificates.Changes(Date("2026-06-30"), Date("2026-07-01"));
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Retired);
        var (before, after) = Assert.Single(changes.Changed);
        Assert.Equal("death", before.Code);
        Assert.Equal(Provenance.Placeholder, before.Detail("redirect")!.Provenance); // read on a Zhongshan page only
        Assert.Null(before.Detail("redirect")!.Citation);
        Assert.Equal("nhc-2026-5", after.Citation!.Id);
        Assert.Contains("居民死亡医学证明(推断)书", after.Detail("evidence")!.Text.ZhHans);
    }

    [Fact]
    public void Changes_list_items_added_and_retired_between_dates()
    {
        var changes = Certificates.Changes(Date("2020-01-01"), Date("2025-01-01"));
        Assert.Equal(20, changes.Added.Count);
        Assert.Empty(changes.Retired);
        var hubei = RulePacks.Load("example.hubei").Catalogues["certification"]!.Changes(Date("2021-02-09"), Date("2021-02-10"));
        Assert.Equal(["fee-receipt-lost", "school-transfer"], hubei.Added.Select(i => i.Code));
        Assert.Equal(["alive"], hubei.Retired.Select(i => i.Code));
        Assert.Equal(["childbearing", "household-change"], hubei.Changed.Select(c => c.After.Code));
        Assert.All(hubei.Changed, c => Assert.Equal("example.hubei", c.After.Layer));
    }

    [Fact]
    public void Hubei_example_holds_21_items_and_Zhejiang_adds_health_certificates()
    {
        Assert.Equal(21, RulePacks.Load("example.hubei").Catalogues["certification"]!.InForce(Date("2021-06-01"), "not-issued").Count);
        var zj = RulePacks.Load("example.zhejiang").Catalogues["certification"]!;
        Assert.Equal(21, zj.InForce(Date("2023-06-01"), "not-issued").Count); // 20 national + 健康证明: only the items our sources name
        Assert.Equal("example.zhejiang", zj.Find("health", Date("2023-06-01"))!.Layer);
        Assert.Equal(4, RulePacks.Load("example.shanxi").Catalogues["certification"]!.InForce(Date("2023-08-01"), "retained").Count);
    }

    [Fact]
    public void Suzhou_groups_the_national_items_into_12_placeholder_categories()
    {
        Assert.Equal(12, Certificates.Categories.Count);
        Assert.All(Certificates.Categories, c => Assert.Equal(Provenance.Placeholder, c.Provenance));
        Assert.All(Certificates.InForce(Date("2025-06-30"), "not-issued"), i => Assert.NotNull(i.Category));
        Assert.Equal("kinship-family", Certificates.Find("kinship", Date("2025-06-30"))!.Category!.Code);
        Assert.Empty(RulePacks.Load("cn").Catalogues["certification"]!.Categories);
    }

    [Fact]
    public void Changes_refuse_a_later_date_before_the_earlier()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Certificates.Changes(Date("2025-01-02"), Date("2025-01-01")));
        Assert.Throws<ArgumentNullException>(() => Certificates.Find(null!, Date("2025-01-01")));
    }
}
