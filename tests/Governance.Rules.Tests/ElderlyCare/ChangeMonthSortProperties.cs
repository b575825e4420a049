using Governance.Rules.ElderlyCare;

namespace Governance.Rules.Tests.ElderlyCare;

/// <summary>
/// A person's change months are put in order from two runs already in order (the policy months, the birthdays) and the
/// person's other months in no order. Over generated runs of every length, with months repeated within and across them,
/// the result is what sorting the whole gives.
/// </summary>
public sealed class ChangeMonthSortProperties
{
    private static readonly Gen<int[]> Run = Gen.ListOf(Gen.Choose(0, 60)).Select(l => l.Order().ToArray());

    /// <summary>Two runs in order, a tail in none, and spare room after them (the array is made larger than needed).</summary>
    private static readonly Gen<(int[] First, int[] Second, int[] Tail, int Spare)> Cases =
        from first in Run
        from second in Run
        from tail in Gen.ListOf(Gen.Choose(0, 60)).Select(l => l.ToArray())
        from spare in Gen.Choose(0, 4)
        select (first, second, tail, spare);

    [Property(MaxTest = 500)]
    public Property Two_runs_in_order_and_a_tail_in_none_come_out_as_a_full_sort_gives() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (first, second, tail, spare) = c;
            int[] months = [.. first, .. second, .. tail, .. new int[spare]];
            var count = first.Length + second.Length + tail.Length;
            ElderlyChangeMonths.SortRuns(months, first.Length, first.Length + second.Length, count);
            return months.Take(count).SequenceEqual(first.Concat(second).Concat(tail).Order()) && months.Skip(count).All(m => m == 0);
        });

    [Fact]
    public void Runs_longer_than_the_stack_buffer_are_merged_alike()
    {
        var first = Enumerable.Range(0, 100).Select(i => i * 3).ToArray();
        var second = Enumerable.Range(0, 100).Select(i => (i * 2) + 1).ToArray();
        int[] tail = [250, 5, 0, 299, 5];
        int[] months = [.. first, .. second, .. tail];
        ElderlyChangeMonths.SortRuns(months, 100, 200, months.Length);
        Assert.Equal(first.Concat(second).Concat(tail).Order(), months);
    }
}
