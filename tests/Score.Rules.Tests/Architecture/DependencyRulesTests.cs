using System.Reflection;
using Mono.Cecil;

namespace Score.Rules.Tests.Architecture;

/// <summary>
/// Where things may live, read from the compiled app (its Razor views included): each feature
/// folder stands alone, Data knows no feature and no one who signs in, Domain is plain C#.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Lazy<IReadOnlyList<Dependency>> Found = new(ReadDependencies);

    private static IEnumerable<(string From, string To)> Dependencies => Found.Value.Select(d => (d.From, d.To));

    private sealed record Dependency(string From, string To, string Type, string Assembly);

    [Fact]
    public void No_feature_uses_another_features_types_or_views()
    {
        var crossings = Found.Value
            .Where(d => d.From.StartsWith("Features.", StringComparison.Ordinal) && d.To.StartsWith("Features.", StringComparison.Ordinal)
                && Folder(d.From) != Folder(d.To))
            .Select(d => $"{d.From} -> {d.To} ({d.Type})").Distinct().Order().ToList();

        Assert.True(crossings.Count == 0, "Not allowed:\n" + string.Join("\n", crossings));
    }

    [Fact]
    public void Data_uses_no_feature_and_no_authorization()
    {
        var crossings = Found.Value
            .Where(d => Area(d.From) == "Data" && Area(d.To) is "Features" or "Authorization")
            .Select(d => $"{d.From} -> {d.To} ({d.Type})").Distinct().Order().ToList();

        Assert.True(crossings.Count == 0, "Not allowed:\n" + string.Join("\n", crossings));
    }

    /// <summary>
    /// Start-up registers and wires everything, and Tools run the app's commands: only they (and Program) may name a feature.
    /// Queries, Figures, Kpis, Authorization, Documents, Localization, Infrastructure and Data stay below the features.
    /// </summary>
    [Fact]
    public void Only_start_up_and_tools_name_features()
    {
        var crossings = Found.Value
            .Where(d => IsOurs(d) && Area(d.To) == "Features" && Area(d.From) is not ("Features" or "Startup" or "Tools" or "Program"))
            .Select(d => $"{d.From} -> {d.To} ({d.Type})").Distinct().Order().ToList();

        Assert.True(crossings.Count == 0, "Not allowed:\n" + string.Join("\n", crossings));
    }

    /// <summary>Start-up is at the top: what it wires never reaches back up to it.</summary>
    [Fact]
    public void Nothing_but_tools_and_program_uses_start_up()
    {
        var crossings = Found.Value
            .Where(d => IsOurs(d) && Area(d.To) == "Startup" && Area(d.From) is not ("Startup" or "Tools" or "Program"))
            .Select(d => $"{d.From} -> {d.To} ({d.Type})").Distinct().Order().ToList();

        Assert.True(crossings.Count == 0, "Not allowed:\n" + string.Join("\n", crossings));
    }

    [Fact]
    public void Data_uses_only_domain_of_the_apps_own_code()
    {
        var crossings = Found.Value
            .Where(d => IsOurs(d) && Area(d.From) == "Data" && Area(d.To) is not ("Data" or "Domain"))
            .Select(d => $"{d.From} -> {d.To} ({d.Type})").Distinct().Order().ToList();

        Assert.True(crossings.Count == 0, "Not allowed:\n" + string.Join("\n", crossings));
    }

    /// <summary>
    /// Domain holds entities and rules in plain C#. The one outside type it accepts is Identity's user, the
    /// base of <c>ApplicationUser</c>, from Microsoft.Extensions.Identity.Stores: a library with no web framework and no EF Core.
    /// </summary>
    [Fact]
    public void Domain_is_plain_csharp_without_aspnet_ef_or_features()
    {
        var crossings = Found.Value
            .Where(d => Area(d.From) == "Domain"
                && !(d.To == "Domain" || d.To.StartsWith("System", StringComparison.Ordinal) || d.Assembly == "Microsoft.Extensions.Identity.Stores"))
            .Select(d => $"{d.From} -> {d.To} ({d.Type})").Distinct().Order().ToList();

        Assert.True(crossings.Count == 0, "Not allowed:\n" + string.Join("\n", crossings));
    }

    [Fact]
    public void No_public_method_answers_a_nullable_string_task_for_several_meanings()
    {
        var nullability = new NullabilityInfoContext();
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsPublic || t.IsNestedPublic)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Task<string>)
                && nullability.Create(m.ReturnParameter).GenericTypeArguments[0].ReadState == NullabilityState.Nullable)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "Returning Task<string?>:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_check_sees_dependencies_in_code_and_in_views()
    {
        // The rules above would pass on an empty list: make sure the reader finds what is certainly there.
        var found = Dependencies.ToHashSet();
        Assert.Contains(("Features.Trainings", "Domain"), found);
        Assert.Contains(("Features.Enterprises", "Data"), found);
        Assert.Contains(("Features.Dashboard", "Features.Dashboard"), found);
        Assert.Contains(("Data", "Domain"), found);
        Assert.Contains(("Tools", "Startup"), found);
        Assert.Contains(("Features.Trainings", "Infrastructure"), found);
        Assert.Contains(Found.Value, d => IsOurs(d) && d.From == "Startup" && d.To == "Data");
    }

    /// <summary>"Features.Trainings" for anything in Features/Trainings, code or view; "Data" for Data/ and below.</summary>
    private static string? Component(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        var ns = type.Namespace ?? "";
        if (ns == "AspNetCoreGeneratedDocument")
        {
            // A compiled view: Features_Trainings_Details.
            var parts = type.Name.Split('_', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 2 && parts[0] == "Features" && parts[1] != "ViewImports" && parts[1] != "ViewStart" ? "Features." + parts[1] : null;
        }
        if (ns.StartsWith("Score.Web.", StringComparison.Ordinal))
        {
            var segments = ns["Score.Web.".Length..].Split('.');
            return segments[0] == "Features" && segments.Length > 1 ? "Features." + segments[1] : segments[0];
        }
        if (ns == "Score.Web")
        {
            return "Program";
        }
        if (type.Scope?.Name is { } scope && !scope.StartsWith("Score.Web", StringComparison.Ordinal))
        {
            return ns.Length == 0 ? null : ns;
        }
        return null;
    }

    private static string Area(string component) => component.Split('.')[0];

    /// <summary>A dependency on the app's own code (a compiled view included), not on a library of the same area name.</summary>
    private static bool IsOurs(Dependency d) => d.Assembly.StartsWith("Score.Web", StringComparison.Ordinal);

    private static string Folder(string feature) => feature.Split('.')[1];

    private static IReadOnlyList<Dependency> ReadDependencies()
    {
        var path = typeof(Program).Assembly.Location;
        using var module = ModuleDefinition.ReadModule(path);
        var found = new HashSet<Dependency>();
        foreach (var type in module.GetTypes())
        {
            if (Component(type) is not { } from)
            {
                continue;
            }
            foreach (var used in TypesUsedBy(type).SelectMany(Expand))
            {
                if (Component(used) is { } to)
                {
                    found.Add(new Dependency(from, to, used.GetElementType().FullName, used.GetElementType().Scope?.Name ?? ""));
                }
            }
        }
        return [.. found];
    }

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }
        foreach (var i in type.Interfaces)
        {
            yield return i.InterfaceType;
        }
        foreach (var a in type.CustomAttributes)
        {
            yield return a.AttributeType;
        }
        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
        }
        foreach (var property in type.Properties)
        {
            yield return property.PropertyType;
            foreach (var a in property.CustomAttributes)
            {
                yield return a.AttributeType;
            }
        }
        foreach (var method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (var p in method.Parameters)
            {
                yield return p.ParameterType;
            }
            foreach (var a in method.CustomAttributes)
            {
                yield return a.AttributeType;
            }
            if (!method.HasBody)
            {
                continue;
            }
            foreach (var v in method.Body.Variables)
            {
                yield return v.VariableType;
            }
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        yield return t;
                        break;
                    case MethodReference m:
                        yield return m.DeclaringType;
                        yield return m.ReturnType;
                        foreach (var p in m.Parameters)
                        {
                            yield return p.ParameterType;
                        }
                        if (m is GenericInstanceMethod g)
                        {
                            foreach (var arg in g.GenericArguments)
                            {
                                yield return arg;
                            }
                        }
                        break;
                    case FieldReference f:
                        yield return f.DeclaringType;
                        yield return f.FieldType;
                        break;
                }
            }
        }
    }

    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type;
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var inner in generic.GenericArguments.SelectMany(Expand))
                {
                    yield return inner;
                }
                yield return generic.ElementType;
                break;
            case TypeSpecification spec:
                foreach (var inner in Expand(spec.ElementType))
                {
                    yield return inner;
                }
                break;
        }
    }
}
