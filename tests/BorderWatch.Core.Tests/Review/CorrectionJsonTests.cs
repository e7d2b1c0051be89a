using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;

namespace BorderWatch.Core.Tests.Review;

/// <summary>
/// store47: <see cref="IncidentCorrection.ToJson"/> and <see cref="IncidentCorrection.FromJson"/> run on generated
/// serialization code; they must write and read exactly what the reflection path with <see cref="IncidentCorrection.Json"/>
/// (the options they used before) writes and reads, since stored corrections and the audit log hold that text.
/// </summary>
public sealed class CorrectionJsonTests
{
    private static string Reflected(IncidentCorrection c) => JsonSerializer.Serialize(c, IncidentCorrection.Json);

    public static TheoryData<string> Corrections() => new()
    {
        "empty", "type", "status-and-date", "actors", "everything", "casualties-none",
    };

    private static IncidentCorrection Named(string name) => name switch
    {
        "empty" => new IncidentCorrection(),
        "type" => new IncidentCorrection { Type = IncidentType.ArmedClash },
        "status-and-date" => new IncidentCorrection { Status = IncidentStatus.Denied, Date = "2019-04" },
        "actors" => new IncidentCorrection
        {
            Actors = [new ActorRoleValue("KGZ", ActorRole.Initiator), new ActorRoleValue("TJK", ActorRole.Counterpart)],
        },
        "everything" => new IncidentCorrection
        {
            Type = IncidentType.ArmedClash, Date = "2021-06-02", Border = "KGZ-TJK", Place = "vorukh", LocationText = "near the canal's head",
            Status = IncidentStatus.Unconfirmed, Attribution = "a district official, quoted by a local paper",
            Actors = [new ActorRoleValue("KGZ", ActorRole.Speaker)], Excerpt = new ExcerptSpan(12, 240),
            Summary = "Guards \"exchanged fire\" — twice — at the water intake.",
            Casualties = CasualtyReport.Parse("killed 2 soldiers, 1 civilian; wounded at least 5"),
        },
        "casualties-none" => new IncidentCorrection { Casualties = CasualtyReport.None, Border = IncidentCorrection.NoBorder },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Corrections))]
    public void The_generated_writer_writes_what_reflection_writes(string name)
    {
        var c = Named(name);
        c.ToJson().ShouldBe(Reflected(c));
    }

    [Theory]
    [MemberData(nameof(Corrections))]
    public void What_reflection_wrote_reads_back_to_the_same_correction(string name)
    {
        var c = Named(name);
        var back = IncidentCorrection.FromJson(Reflected(c));
        back.ShouldBe(c);
        Reflected(back).ShouldBe(Reflected(c));
        Reflected(JsonSerializer.Deserialize<IncidentCorrection>(back.ToJson(), IncidentCorrection.Json)!).ShouldBe(Reflected(c));
    }

    [Fact]
    public void Nulls_are_left_out_and_enums_are_written_by_name()
    {
        var json = new IncidentCorrection { Type = IncidentType.ArmedClash, Status = IncidentStatus.Planned }.ToJson();
        json.ShouldBe("{\"Type\":\"ArmedClash\",\"Status\":\"Planned\"}");
        json.ShouldNotContain("IsEmpty");
    }

    [Theory]
    [InlineData("{\"Type\":\"armedclash\"}")]                         // enum names in any case
    [InlineData("{\"Status\":2}")]                                   // an enum as its number
    [InlineData("{\"Date\":\"2020\",\"Unknown\":[1,2]}")]            // a property the record does not have
    [InlineData("{\"Casualties\":\"wounded up to 10\"}")]            // the casualty notation through its converter
    [InlineData("{\"type\":\"ArmedClash\"}")]                         // names are case-sensitive: ignored, as before
    public void Stored_text_reads_as_the_reflection_path_reads_it(string json) =>
        Reflected(IncidentCorrection.FromJson(json)).ShouldBe(Reflected(JsonSerializer.Deserialize<IncidentCorrection>(json, IncidentCorrection.Json)!));

    [Theory]
    [InlineData("{\"Type\":\"Skirmish\"}")]
    [InlineData("{\"Casualties\":\"drowned 2\"}")]
    [InlineData("{\"Date\":")]
    public void Unreadable_text_is_refused_as_before(string json)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<IncidentCorrection>(json, IncidentCorrection.Json));
        Should.Throw<InvalidDataException>(() => IncidentCorrection.FromJson(json));
    }
}
