using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Rules added for phrasing the trigger lists never saw (senses9, 3 December 2026), each on sentences written for this
/// test (in no corpus): a one-sentence paragraph with an irregular past is no photo caption; a flag set over a place
/// claims it; a taking without an object holds the place of its oblique ("dug in on a hill"); a trip's purpose names its
/// event ("flew to X for talks"); a thing received is licensed by a weapon, vehicle or piece of equipment anywhere in the
/// object; a ship or send verb with a recipient and no goal is a transfer; the ground of a crossing may be what an opening
/// is in ("a hole in the fence").
/// </summary>
public class UnseenPhrasingTests
{
    [Theory]
    [InlineData("Kyrgyz mountain troops spent Thursday on the Batken range near Isfana practising the evacuation of a frontier hamlet.", "exercise")]
    [InlineData("The Uzbek and Kazakh foreign ministers sat down together in Tashkent on Friday to go over the water-sharing dispute.", "diplomatic-meeting")]
    public void A_sentence_with_an_irregular_past_is_no_participle_caption(string text, string type) =>
        Detect.One(text, "2024-05-06").Type.ToCode().ShouldBe(type);

    [Fact]
    public void A_paragraph_of_participles_alone_stays_a_caption() =>
        Detect.All("Tajik border guards marching near the Kulma pass during celebrations in Murghab.", "2024-05-06").ShouldBeEmpty();

    [Theory]
    [InlineData("Militants hoisted their black-and-white banner over the police station in the Afghan district of Darqad on Friday.")]
    [InlineData("By Saturday evening the Taliban flag was flying over the customs building at Sher Khan Bandar.")]
    [InlineData("Afghan resistance fighters planted their flag on the district headquarters of Khwahan on Sunday.")]
    public void A_flag_set_over_a_place_claims_it(string text) =>
        Detect.One(text, "2024-05-06").Type.ShouldBe(IncidentType.TerritorialControl);

    [Fact]
    public void A_flag_at_a_ceremony_claims_nothing() =>
        Detect.All("Students waved Kyrgyz flags at a concert in Osh on Saturday.", "2024-05-06")
            .ShouldNotContain(i => i.Type == IncidentType.TerritorialControl);

    [Theory]
    [InlineData("Uzbek soldiers dug in on a hill above the Kyrgyz village of Chek on Tuesday.")]
    [InlineData("A Tajik platoon dug into the ridge over the Kyrgyz hamlet of Kok-Tash overnight.")]
    public void Digging_in_on_a_place_holds_it(string text) =>
        Detect.One(text, "2024-05-06").Type.ShouldBe(IncidentType.TerritorialControl);

    [Fact]
    public void Kyrgyz_units_pushed_off_a_ridge_lose_it() =>
        Detect.One("Tajik units drove the Kyrgyz guards off the ridge above Kapchygai on Thursday.", "2024-05-06").Type.ShouldBe(IncidentType.TerritorialControl);

    [Theory]
    [InlineData("The Turkmen foreign minister flew to Tehran on Monday for talks with his Iranian counterpart.", "diplomatic-meeting")]
    [InlineData("Rashid Meredov travelled to Kabul on Wednesday for conversations with Taliban ministers.", "diplomatic-meeting")]
    public void A_trip_for_an_event_is_that_event(string text, string type) =>
        Detect.One(text, "2024-05-06").Type.ToCode().ShouldBe(type);

    [Theory]
    [InlineData("Kyrgyzstan's southern border detachment received twelve lorries and thirty radios from Ankara on Tuesday.")]
    [InlineData("Turkmenistan took delivery of six Chinese-made patrol vessels at Turkmenbashi on Saturday.")]
    [InlineData("Uzbekistan took possession of the last two of eight Turkish-built drones on Thursday.")]
    [InlineData("Moscow will ship Tajikistan a dozen armoured personnel carriers before the winter.")]
    public void A_thing_received_or_shipped_to_a_state_is_a_transfer(string text) =>
        Detect.One(text, "2024-05-06").Type.ShouldBe(IncidentType.ArmsTransfer);

    [Fact]
    public void Receiving_a_report_is_no_transfer() =>
        Detect.All("The Kazakh border service received a report about the flood near Zhibek Zholy on Tuesday.", "2024-05-06")
            .ShouldNotContain(i => i.Type == IncidentType.ArmsTransfer);

    [Fact]
    public void Slipping_through_a_hole_in_the_fence_is_a_crossing() =>
        Detect.One("Three Afghan men slipped through a hole in the Turkmen fence near Serhetabat on Monday night.", "2024-05-06")
            .Type.ShouldBe(IncidentType.CrossBorderMovement);

    [Theory]
    [InlineData("Kazakhstan is moving three battalions of marines to its port at Aktau, a Kazakh military source said.", "deployment")]
    [InlineData("Two shepherds with their flock wandered over the Chu into Kazakhstan on Sunday night, Kyrgyz herders say.", "cross-border-movement")]
    public void An_event_reported_by_a_trailing_source_is_the_event(string text, string type) =>
        Detect.One(text, "2024-05-06").Type.ToCode().ShouldBe(type);

    [Theory]
    [InlineData("Uzbek gunners spent Friday on the Termez range firing at imaginary columns of raiders.")]
    [InlineData("Kyrgyz rescuers and border guards acted out the evacuation of a flooded frontier post near Isfana on Tuesday.")]
    public void Rehearsed_or_imaginary_fighting_is_an_exercise(string text) =>
        Detect.One(text, "2024-05-06").Type.ShouldBe(IncidentType.Exercise);
}
