using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// How <see cref="OutcomeWalk"/> walks one declared type, made once per type: a scalar, an object's members with their own
/// plans already resolved, a list of items of one plan, or giving up. Values arrive as objects (either may be null: left out,
/// or absent on one side); a member or item of a scalar value type is read and compared as itself, without boxing, and only a
/// leaf that differs is boxed to be written.
/// </summary>
internal abstract class WalkPlan
{
    /// <summary>Adds the differing leaves beneath this point to the walk; false when the walk gives up.</summary>
    public abstract bool Walk(OutcomeWalk walk, object? before, object? after);
}

/// <summary>A type the walk does not follow (a custom converter, polymorphism, a dictionary, an unknown scalar): it gives up unless both sides are left out.</summary>
internal sealed class GiveUpPlan : WalkPlan
{
    public static readonly GiveUpPlan Instance = new();

    public override bool Walk(OutcomeWalk walk, object? before, object? after) => before is null && after is null;
}

/// <summary>A type written as one JSON scalar, compared as itself: equal as JSON text (a decimal also by its scale, as 1200 and 1200.00 are written differently).</summary>
internal sealed class ScalarPlan<T> : WalkPlan
{
    public static readonly ScalarPlan<T> Instance = new();

    /// <summary>Whether two present values are written as the same JSON text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Same(T before, T after)
    {
        if (typeof(T) == typeof(decimal))
        {
            return SameDecimal(Unsafe.As<T, decimal>(ref before), Unsafe.As<T, decimal>(ref after));
        }

        if (typeof(T) == typeof(decimal?))
        {
            var (b, a) = (Unsafe.As<T, decimal?>(ref before), Unsafe.As<T, decimal?>(ref after));
            return b.HasValue == a.HasValue && (!b.HasValue || SameDecimal(b.GetValueOrDefault(), a.GetValueOrDefault()));
        }

        return EqualityComparer<T>.Default.Equals(before, after);
    }

    private static bool SameDecimal(decimal b, decimal a) => b == a && b.Scale == a.Scale;

    /// <summary>Whether two leaves differ; has is false for a side left out (its parent absent, or the value null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Differ(bool hasBefore, T before, bool hasAfter, T after) =>
        hasBefore && hasAfter ? !Same(before, after) : hasBefore || hasAfter;

    /// <summary>Adds a differing leaf at the walk's path, each side as its JSON text (null when left out); only here is a value boxed.</summary>
    public static void Add(OutcomeWalk walk, bool hasBefore, T before, bool hasAfter, T after) =>
        walk.AddLeaf(hasBefore ? Text(before) : null, hasAfter ? Text(after) : null);

    /// <summary>A present value's JSON text: a number or a boolean as the writer writes it (a decimal with its scale), anything else through the serializer.</summary>
    private static string Text(T value)
    {
        if (typeof(T) == typeof(decimal))
        {
            return Unsafe.As<T, decimal>(ref value).ToString(CultureInfo.InvariantCulture);
        }

        if (typeof(T) == typeof(decimal?))
        {
            return Unsafe.As<T, decimal?>(ref value).GetValueOrDefault().ToString(CultureInfo.InvariantCulture);
        }

        if (typeof(T) == typeof(int))
        {
            return Unsafe.As<T, int>(ref value).ToString(CultureInfo.InvariantCulture);
        }

        if (typeof(T) == typeof(long))
        {
            return Unsafe.As<T, long>(ref value).ToString(CultureInfo.InvariantCulture);
        }

        if (typeof(T) == typeof(bool))
        {
            return Unsafe.As<T, bool>(ref value) ? "true" : "false";
        }

        return OutcomeWalk.Text(value!, typeof(T));
    }

    public override bool Walk(OutcomeWalk walk, object? before, object? after)
    {
        var (hasB, hasA) = (before is not null, after is not null);
        var (b, a) = (hasB ? (T)before! : default!, hasA ? (T)after! : default!);
        if (Differ(hasB, b, hasA, a))
        {
            Add(walk, hasB, b, hasA, a);
        }

        return true;
    }
}

/// <summary>One member of an object of type <typeparamref name="TDeclaring"/>, walked under its JSON name.</summary>
internal abstract class MemberPlan<TDeclaring>(string name)
    where TDeclaring : class
{
    public string Name { get; } = name;

    /// <summary>
    /// True when two equal values of this member are always written as the same JSON text, so that two objects equal by
    /// their own (compiler-made record) equality need not have it walked: every scalar but a decimal, whose equal values
    /// may differ in scale (3 and 3.00). An object or a list is always walked: its own plan decides.
    /// </summary>
    public virtual bool SameTextWhenEqual => false;

    /// <summary>Walks the member of two objects (either may be absent).</summary>
    public abstract bool Walk(OutcomeWalk walk, TDeclaring? before, TDeclaring? after);
}

/// <summary>A scalar member read through its own getter and compared as itself.</summary>
internal sealed class LeafMember<TDeclaring, T>(string name, Func<TDeclaring, T> get) : MemberPlan<TDeclaring>(name)
    where TDeclaring : class
{
    public override bool SameTextWhenEqual => typeof(T) != typeof(decimal) && typeof(T) != typeof(decimal?);

    public override bool Walk(OutcomeWalk walk, TDeclaring? before, TDeclaring? after)
    {
        var b = before is null ? default! : get(before);
        var a = after is null ? default! : get(after);
        var (hasB, hasA) = (before is not null && b is not null, after is not null && a is not null);
        if (ScalarPlan<T>.Differ(hasB, b, hasA, a))
        {
            walk.Push(Name);
            ScalarPlan<T>.Add(walk, hasB, b, hasA, a);
            walk.Pop();
        }

        return true;
    }
}

/// <summary>
/// A member that is an object or a list (or a value read through the serializer's boxing getter), walked by its plan unless
/// both outcomes hold the very same object, which is written alike on both sides.
/// </summary>
internal sealed class ChildMember<TDeclaring>(string name, Func<TDeclaring, object?> get, WalkPlan plan) : MemberPlan<TDeclaring>(name)
    where TDeclaring : class
{
    public override bool Walk(OutcomeWalk walk, TDeclaring? before, TDeclaring? after)
    {
        var b = before is null ? null : get(before);
        var a = after is null ? null : get(after);
        if (ReferenceEquals(b, a))
        {
            // Both left out, or one object shared by both outcomes (a benefit's name, a list kept by the policy): written alike.
            return true;
        }

        walk.Push(Name);
        var walked = plan.Walk(walk, b, a);
        walk.Pop();
        return walked;
    }
}

/// <summary>An object walked member by member in the serializer's order; a type with a member the walk cannot follow gives up when it is reached.</summary>
internal sealed class ObjectPlan<TDeclaring> : WalkPlan
    where TDeclaring : class
{
    /// <summary>The members, set once the plan is registered (a type may contain itself); null when the type gives up.</summary>
    public MemberPlan<TDeclaring>[]? Members { get; set; }

    /// <summary>
    /// For a record whose equality the compiler made (every field compared; see <see cref="OutcomeWalk"/>), the members still
    /// walked when two objects are equal: those whose equal values may be written differently (decimals, for their scale),
    /// and objects and lists; null when the type's own equality is not relied on.
    /// </summary>
    public MemberPlan<TDeclaring>[]? WhenEqual { get; set; }

    public override bool Walk(OutcomeWalk walk, object? before, object? after)
    {
        if (before is null && after is null)
        {
            return true;
        }

        if (Members is not { } members)
        {
            return false;
        }

        var (b, a) = ((TDeclaring?)before, (TDeclaring?)after);
        if (WhenEqual is { } few && b is not null && a is not null && EqualityComparer<TDeclaring>.Default.Equals(b, a))
        {
            // Most of a changed record's objects are unchanged (seven benefits of eight in a one-benefit reform).
            members = few;
        }

        foreach (var member in members)
        {
            if (!member.Walk(walk, b, a))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// A list whose items are walked by index (a list read in place, anything else enumerated once); a null item gives up, as it
/// is written as a JSON null rather than left out. Items of a scalar type are compared as themselves.
/// </summary>
internal sealed class ListPlan<T> : WalkPlan
{
    private static readonly bool ScalarItems = OutcomeWalk.IsScalar(typeof(T));

    /// <summary>The items' plan, set once the plan is registered (an item may contain the list's type).</summary>
    public WalkPlan Item { get; set; } = GiveUpPlan.Instance;

    public override bool Walk(OutcomeWalk walk, object? before, object? after)
    {
        if (before is null && after is null)
        {
            return true;
        }

        var b = Items(before);
        var a = Items(after);
        var (countB, countA) = (b?.Count ?? 0, a?.Count ?? 0);
        for (var i = 0; i < Math.Max(countB, countA); i++)
        {
            var (hasB, hasA) = (i < countB, i < countA);
            var eb = hasB ? b![i] : default!;
            var ea = hasA ? a![i] : default!;
            if ((hasB && eb is null) || (hasA && ea is null))
            {
                return false;
            }

            if (ScalarItems)
            {
                if (ScalarPlan<T>.Differ(hasB, eb, hasA, ea))
                {
                    walk.Push(i);
                    ScalarPlan<T>.Add(walk, hasB, eb, hasA, ea);
                    walk.Pop();
                }

                continue;
            }

            walk.Push(i);
            var walked = Item.Walk(walk, hasB ? eb : null, hasA ? ea : null);
            walk.Pop();
            if (!walked)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The items as a list, read in place where the value is one; null when absent.</summary>
    private static IReadOnlyList<T>? Items(object? value) => value switch
    {
        null => null,
        IReadOnlyList<T> list => list,
        _ => [.. ((IEnumerable)value).Cast<T>()],
    };
}
