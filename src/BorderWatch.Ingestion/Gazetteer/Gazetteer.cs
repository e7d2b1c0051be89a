using System.Reflection;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Gazetteer;

/// <summary>What an entry of the gazetteer denotes.</summary>
public enum EntryKind { State, Organization, ArmedGroup, Person, Media, Place }

/// <summary>How a surface form relates to its entry.</summary>
public enum SurfaceKind { Name, Alias, Demonym, CapitalMetonym, Surname }

/// <summary>A title that identifies a person while they hold it ("Kazakhstan's president", 1990-2019).</summary>
public sealed record PersonRole(string Title, string State, int From, int To);

/// <summary>One length figure of a border with its source.</summary>
public sealed record BorderLengthFigure(double Kilometres, string Source);

/// <summary>A tracked border segment.</summary>
public sealed record BorderEntry(string Code, string Name, string StateA, string StateB, IReadOnlyList<BorderLengthFigure> Lengths)
{
    public bool Involves(string state) => StateA == state || StateB == state;
    public string Other(string state) => StateA == state ? StateB : StateA;
}

/// <summary>A state, organization, armed group, person, media outlet or place.</summary>
public sealed record GazetteerEntry
{
    public required string Key { get; init; }
    public required EntryKind Kind { get; init; }
    /// <summary>ISO alpha-3 for states, short name for organizations, full name for persons, name for places.</summary>
    public required string CanonicalName { get; init; }
    public required string DisplayName { get; init; }
    /// <summary>ISO alpha-3 of the state the entry belongs to (a state's own code for states).</summary>
    public string? Country { get; init; }
    /// <summary>ISO 3166-1 numeric code for states ("004"): the feature id in Natural Earth / world-atlas maps.</summary>
    public string? IsoNumeric { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<PersonRole> Roles { get; init; } = [];
    public PlaceKind? PlaceKind { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Province { get; init; }
    /// <summary>Border code for places on or near exactly one tracked border (null for a place on several).</summary>
    public string? BorderCode => BorderCodes.Count == 1 ? BorderCodes[0] : null;
    /// <summary>Every tracked border the place lies on or near: a province or a river may reach several.</summary>
    public IReadOnlyList<string> BorderCodes { get; init; } = [];

    public ActorKind? ActorKind => Kind switch
    {
        EntryKind.State => Core.Domain.ActorKind.State,
        EntryKind.Organization => Core.Domain.ActorKind.Organization,
        EntryKind.ArmedGroup => Core.Domain.ActorKind.ArmedGroup,
        EntryKind.Person => Core.Domain.ActorKind.Person,
        EntryKind.Media => Core.Domain.ActorKind.Media,
        _ => null,
    };
}

/// <summary>A written form of an entry, as matching uses it.</summary>
public sealed record Surface(string Text, GazetteerEntry Entry, SurfaceKind Kind, bool CaseSensitive);

/// <summary>
/// The entities BorderWatch knows: loaded once from the embedded JSON files, immutable afterwards.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Instance = new(LoadEmbedded);
    public static Gazetteer Default => Instance.Value;

    public IReadOnlyList<GazetteerEntry> Entries { get; }
    public IReadOnlyList<Surface> Surfaces { get; }
    public IReadOnlyList<BorderEntry> Borders { get; }
    private readonly Dictionary<string, GazetteerEntry> byKey;
    private readonly Dictionary<string, BorderEntry> bordersByCode;

    public Gazetteer(IReadOnlyList<GazetteerEntry> entries, IReadOnlyList<Surface> surfaces, IReadOnlyList<BorderEntry> borders)
    {
        Entries = entries;
        Surfaces = surfaces;
        Borders = borders;
        // Places share keys with nothing else; states use ISO codes, persons slugs, organizations short names.
        byKey = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var e in entries) byKey.TryAdd(e.Kind == EntryKind.Place ? "place:" + e.Key : e.Key, e);
        bordersByCode = borders.ToDictionary(b => b.Code, StringComparer.Ordinal);
    }

    public GazetteerEntry? Find(string key) => byKey.GetValueOrDefault(key);
    public GazetteerEntry? FindPlace(string key) => byKey.GetValueOrDefault("place:" + key);
    public BorderEntry? Border(string code) => bordersByCode.GetValueOrDefault(code);
    public BorderEntry? BorderBetween(string a, string b) => a == b ? null : Border(Codes.BorderCode(a, b));

    /// <summary>States that share a tracked border with <paramref name="state"/>.</summary>
    public IEnumerable<string> Neighbours(string state) => Borders.Where(b => b.Involves(state)).Select(b => b.Other(state));

    /// <summary>
    /// The border a place gives an incident. A place on one border gives it; a place on several (a province, a river)
    /// gives the one whose other state the sentence names ("Chinese and Tajik units in Murghab"), else the article's
    /// main border if the place is on it, else its only border with the hub; otherwise none: a Batken story naming no
    /// neighbour could be about Tajikistan or Uzbekistan.
    /// </summary>
    /// <param name="hubByDefault">False when the place must decide by the states named alone: while the article's main
    /// border is still being voted, Murghab (on the Chinese and the Afghan border) named with no other state is evidence
    /// for neither.</param>
    public string? BorderOfPlace(GazetteerEntry? place, IReadOnlyList<string> states, string? mainBorder, string hub, bool hubByDefault = true)
    {
        if (place is null) return null;
        var codes = place.BorderCodes.Where(c => Border(c) is not null).ToList();
        if (codes.Count <= 1) return codes.FirstOrDefault();
        var named = codes.Where(c => states.Any(s => s != place.Country && Border(c)!.Involves(s))).ToList();
        if (named.Count == 1) return named[0];
        // "Chinese and Tajik units drilled near Murghab against raiders from Afghanistan": the sides come first, a
        // third state named after them in passing does not change the pair.
        if (named.Count > 1 && states.Distinct().Take(2).ToList() is [var a, var b] && BorderBetween(a, b) is { } sides && named.Contains(sides.Code))
            return sides.Code;
        var left = named.Count > 1 ? named : codes;
        if (mainBorder is not null && left.Contains(mainBorder)) return mainBorder;
        if (!hubByDefault) return null;
        var withHub = left.Where(c => Border(c)!.Involves(hub)).ToList();
        return withHub.Count == 1 ? withHub[0] : null;
    }

    /// <summary>The person who held <paramref name="title"/> for <paramref name="state"/> in <paramref name="year"/>.</summary>
    public GazetteerEntry? HolderOf(string title, string state, int year) =>
        Entries.FirstOrDefault(e => e.Kind == EntryKind.Person && e.Roles.Any(r =>
            r.State == state && r.Title.Equals(title, StringComparison.OrdinalIgnoreCase) && r.From <= year && year <= r.To));

    // ---- loading ----

    private static Gazetteer LoadEmbedded()
    {
        var asm = typeof(Gazetteer).Assembly;
        return Load(name => Read(asm, "BorderWatch.Gazetteer." + name));
    }

    private static string Read(Assembly asm, string resource)
    {
        using var stream = asm.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Builds a gazetteer from the five JSON files (states, organizations, persons, places, borders).</summary>
    public static Gazetteer Load(Func<string, string> readFile)
    {
        var entries = new List<GazetteerEntry>();
        var surfaces = new List<Surface>();
        void Add(GazetteerEntry e, string text, SurfaceKind kind)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            surfaces.Add(new Surface(text, e, kind, IsAcronym(text)));
        }

        foreach (var s in GazetteerFiles.Read<GazetteerFiles.StateDto>(readFile("states.json")))
        {
            var e = new GazetteerEntry { Key = s.Key, Kind = EntryKind.State, CanonicalName = s.Key, DisplayName = s.Name, Country = s.Key, IsoNumeric = s.Numeric, Aliases = [s.Name, s.Official, .. s.Aliases] };
            entries.Add(e);
            Add(e, s.Name, SurfaceKind.Name);
            Add(e, s.Official, SurfaceKind.Name);
            foreach (var a in s.Aliases) Add(e, a, SurfaceKind.Alias);
            foreach (var d in s.Demonyms) Add(e, d, SurfaceKind.Demonym);
            foreach (var c in s.Capitals) Add(e, c, SurfaceKind.CapitalMetonym);
        }
        foreach (var o in GazetteerFiles.Read<GazetteerFiles.OrganizationDto>(readFile("organizations.json")))
        {
            var kind = Enum.Parse<EntryKind>(o.Kind);
            var e = new GazetteerEntry { Key = o.Key, Kind = kind, CanonicalName = o.Name, DisplayName = o.Display, Country = o.Country, Aliases = o.Aliases };
            entries.Add(e);
            Add(e, o.Name, SurfaceKind.Name);
            Add(e, o.Display, SurfaceKind.Name);
            foreach (var a in o.Aliases) Add(e, a, SurfaceKind.Alias);
        }
        foreach (var p in GazetteerFiles.Read<GazetteerFiles.PersonDto>(readFile("persons.json")))
        {
            var e = new GazetteerEntry
            {
                Key = p.Key, Kind = EntryKind.Person, CanonicalName = p.Name, DisplayName = p.Name, Country = p.Country,
                Aliases = p.Aliases, Roles = p.Roles.Select(r => new PersonRole(r.Title, r.State, r.From, r.To)).ToList(),
            };
            entries.Add(e);
            Add(e, p.Name, SurfaceKind.Name);
            foreach (var a in p.Aliases) Add(e, a, SurfaceKind.Alias);
            var surnames = new HashSet<string>(p.Surnames, StringComparer.OrdinalIgnoreCase) { p.Name.Split(' ')[^1] };
            foreach (var a in p.Aliases.Where(a => a.Contains(' '))) surnames.Add(a.Split(' ')[^1]);
            foreach (var s in surnames) Add(e, s, SurfaceKind.Surname);
        }
        foreach (var pl in GazetteerFiles.Read<GazetteerFiles.PlaceDto>(readFile("places.json")))
        {
            var e = new GazetteerEntry
            {
                Key = pl.Key, Kind = EntryKind.Place, CanonicalName = pl.Name, DisplayName = pl.Name, Country = pl.Country,
                Aliases = pl.Aliases, PlaceKind = Enum.Parse<PlaceKind>(pl.Kind), Latitude = pl.Lat, Longitude = pl.Lon,
                Province = pl.Province, BorderCodes = pl.Borders ?? (pl.Border is null ? [] : [pl.Border]),
            };
            entries.Add(e);
            Add(e, pl.Name, SurfaceKind.Name);
            foreach (var a in pl.Aliases) Add(e, a, SurfaceKind.Alias);
        }
        var borders = GazetteerFiles.Read<GazetteerFiles.BorderDto>(readFile("borders.json"))
            .Select(b => new BorderEntry(b.Code, b.Name, b.A, b.B, b.Lengths.Select(l => new BorderLengthFigure(l.Km, l.Source)).ToList()))
            .ToList();
        return new Gazetteer(entries, surfaces, borders);
    }

    /// <summary>Short all-capital names ("US", "ISK", "TIP") are matched case-sensitively: "us" is a pronoun.</summary>
    private static bool IsAcronym(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count is > 0 and <= 5 && letters.All(char.IsUpper);
    }
}
