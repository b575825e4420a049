using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Governance.Rules.Json;
using NodaTime;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// The differing leaves of two outcomes found member by member through the serializer's own contract for them (member names,
/// members left out when null), without writing either outcome: the same paths and texts as <see cref="OutcomeFields"/> reads
/// from their JSON. Only an outcome made of objects, lists and known scalars is walked; on anything else (a custom converter, a
/// dictionary, polymorphism, a null inside a list) the walk gives up and the caller compares the JSON. One instance per worker.
/// </summary>
internal sealed class OutcomeWalk
{
    private static readonly JsonSerializerOptions TextOptions = new();

    private readonly List<(string? Name, int Index)> _path = [];
    private readonly Dictionary<Type, WalkPlan> _plans = [];
    private List<(string Path, string? Baseline, string? Reform)> _into = [];
    private (Type? Type, WalkPlan? Plan) _last;

    /// <summary>Adds every differing leaf of the two outcomes to <paramref name="into"/> (unsorted); false when the walk gave up (then <paramref name="into"/> holds part of the differences).</summary>
    public bool TryCompare(object before, object after, List<(string Path, string? Baseline, string? Reform)> into)
    {
        _into = into;
        _path.Clear();
        var type = before.GetType();
        if (type != after.GetType())
        {
            return false;
        }

        if (_last.Type != type)
        {
            _last = (type, PlanOf(type));
        }

        return _last.Plan!.Walk(this, before, after);
    }

    /// <summary>Enters a member.</summary>
    internal void Push(string name) => _path.Add((name, -1));

    /// <summary>Enters a list's item.</summary>
    internal void Push(int index) => _path.Add((null, index));

    /// <summary>Leaves the member or item last entered.</summary>
    internal void Pop() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Adds a differing leaf at the current path.</summary>
    internal void AddLeaf(string? before, string? after) => _into.Add((PathText(), before, after));

    /// <summary>The plan of a declared type, made on first use with the plans of its members and items.</summary>
    internal WalkPlan PlanOf(Type type)
    {
        if (_plans.TryGetValue(type, out var plan))
        {
            return plan;
        }

        if (IsScalar(type))
        {
            plan = Made(typeof(ScalarPlan<>).MakeGenericType(type).GetField(nameof(ScalarPlan<int>.Instance))!.GetValue(null));
            _plans.Add(type, plan);
            return plan;
        }

        var info = RulesJson.Compact.GetTypeInfo(type);
        var walkable = type != typeof(object) && info.PolymorphismOptions is null && info.Converter.GetType().Assembly == typeof(JsonSerializer).Assembly;
        if (walkable && info.Kind == JsonTypeInfoKind.Object && !type.IsValueType)
        {
            // Registered before its members are planned: a member may be of the same type.
            plan = Made(Activator.CreateInstance(typeof(ObjectPlan<>).MakeGenericType(type)));
            _plans.Add(type, plan);
            typeof(OutcomeWalk).GetMethod(nameof(PlanMembers), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(type).Invoke(this, [plan, info]);
            return plan;
        }

        if (walkable && info.Kind == JsonTypeInfoKind.Object)
        {
            // A struct is walked as a box: one object of its members, each read through the serializer's own getter.
            var boxed = new ObjectPlan<object>();
            _plans.Add(type, boxed);
            PlanMembers(boxed, info);
            return boxed;
        }

        if (walkable && info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
        {
            var list = (WalkPlan)Activator.CreateInstance(typeof(ListPlan<>).MakeGenericType(element))!;
            _plans.Add(type, list);
            list.GetType().GetProperty(nameof(ListPlan<int>.Item))!.SetValue(list, PlanOf(element));
            return list;
        }

        _plans.Add(type, GiveUpPlan.Instance);
        return GiveUpPlan.Instance;
    }

    private static WalkPlan Made(object? plan) => (WalkPlan)plan!;

    /// <summary>Plans an object's members in the serializer's order; a member the walk cannot follow (a custom converter, ShouldSerialize, extension data, no getter) makes the whole type give up.</summary>
    private void PlanMembers<TDeclaring>(ObjectPlan<TDeclaring> plan, JsonTypeInfo info)
        where TDeclaring : class
    {
        var members = new List<MemberPlan<TDeclaring>>();
        foreach (var p in info.Properties)
        {
            if (p.Get is not { } get || p.ShouldSerialize is not null || p.IsExtensionData || p.CustomConverter is not null)
            {
                plan.Members = null;
                return;
            }

            members.Add(MemberOf<TDeclaring>(p, get));
        }

        plan.Members = [.. members];
        if (CompilerMadeEquality(typeof(TDeclaring)))
        {
            plan.WhenEqual = [.. members.Where(m => !m.SameTextWhenEqual)];
        }
    }

    /// <summary>
    /// True for a class record deriving from object whose equality the compiler made: equal objects then have equal fields,
    /// so equal scalar members (all derived from fields) are written alike, but for a decimal's scale. A record with an
    /// equality of its own, a derived record or any other class is walked in full.
    /// </summary>
    private static bool CompilerMadeEquality(Type type) =>
        type.IsClass && type.BaseType == typeof(object)
        && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is { } contract
        && contract.IsDefined(typeof(CompilerGeneratedAttribute))
        && type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, [type]) is { } equals
        && equals.IsDefined(typeof(CompilerGeneratedAttribute));

    /// <summary>One member's plan: a scalar read through its own typed getter where the member is a property or field of a class, else the serializer's getter and the member type's plan.</summary>
    private MemberPlan<TDeclaring> MemberOf<TDeclaring>(JsonPropertyInfo p, Func<object, object?> boxedGet)
        where TDeclaring : class
    {
        var type = p.PropertyType;
        if (typeof(TDeclaring) != typeof(object) && IsScalar(type) && TypedGetter(typeof(TDeclaring), type, p) is { } typed)
        {
            return (MemberPlan<TDeclaring>)Activator.CreateInstance(typeof(LeafMember<,>).MakeGenericType(typeof(TDeclaring), type), p.Name, typed)!;
        }

        var get = typeof(TDeclaring) != typeof(object) && !type.IsValueType && TypedGetter(typeof(TDeclaring), typeof(object), p) is Func<TDeclaring, object?> reference
            ? reference
            : (Func<TDeclaring, object?>)(object)boxedGet;
        return new ChildMember<TDeclaring>(p.Name, get, PlanOf(type));
    }

    /// <summary>
    /// A <c>Func&lt;declaring, result&gt;</c> reading the member behind a serializer property (its property's getter or its
    /// field), or null when the property is not plainly one (then the serializer's getter is used).
    /// </summary>
    private static Delegate? TypedGetter(Type declaring, Type result, JsonPropertyInfo p)
    {
        var member = p.AttributeProvider as MemberInfo;
        var memberType = member switch
        {
            PropertyInfo { GetMethod.IsStatic: false } property when property.GetIndexParameters().Length == 0 => property.PropertyType,
            FieldInfo { IsStatic: false } field => field.FieldType,
            _ => null,
        };
        if (memberType != p.PropertyType || member!.DeclaringType is not { } owner || !owner.IsAssignableFrom(declaring))
        {
            return null;
        }

        var signature = typeof(Func<,>).MakeGenericType(declaring, result);
        if (member is PropertyInfo { GetMethod: { } getter } && (result == memberType || !memberType.IsValueType)
            && Delegate.CreateDelegate(signature, getter, throwOnBindFailure: false) is { } direct)
        {
            // The getter itself (the result may be a reference type widened to object): cheap to make, one call to read.
            return direct;
        }

        var instance = Expression.Parameter(declaring, "instance");
        Expression read = Expression.MakeMemberAccess(Expression.Convert(instance, owner), member);
        if (read.Type != result)
        {
            read = Expression.Convert(read, result);
        }

        return Expression.Lambda(signature, read, instance).Compile();
    }

    /// <summary>Types written as one JSON scalar with the options' converters: text, numbers, booleans, enums (kebab-case text) and NodaTime dates.</summary>
    internal static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t == typeof(decimal) || t == typeof(bool) || t == typeof(int) || t == typeof(long) || t.IsEnum
            || t == typeof(LocalDate) || t == typeof(YearMonth);
    }

    /// <summary>A leaf's JSON text as <see cref="OutcomeFields"/> gives it: a string re-escaped by the default serializer, anything else as written.</summary>
    internal static string Text(object value, Type type)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, type, RulesJson.Compact);
        if (json.Length > 0 && json[0] == (byte)'"')
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            return JsonSerializer.Serialize(reader.GetString(), TextOptions);
        }

        return Encoding.UTF8.GetString(json);
    }

    private string PathText()
    {
        var text = new StringBuilder();
        foreach (var (name, index) in _path)
        {
            if (name is null)
            {
                text.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(name);
            }
        }

        return text.ToString();
    }
}
