using BorderWatch.Web.Dashboard;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>What a prerendering loaded reaches its circuit through a token, once, and only for the same key.</summary>
public sealed class PrerenderHandoffTests
{
    private static readonly RendererInfo Prerendering = new("Static", isInteractive: false);
    private static readonly RendererInfo Circuit = new("Server", isInteractive: true);

    [Fact]
    public async Task The_circuit_takes_the_prerendered_value_once_and_loads_for_another_key()
    {
        using var values = new PrerenderedValues();
        var loads = 0;
        Task<List<int>> Load() { loads++; return Task.FromResult(new List<int> { loads }); }

        // Prerendering: loaded once, and on persisting only a token goes into the page's state.
        await using var prerender = new BunitContext();
        var state = prerender.AddBunitPersistentComponentState();
        var first = await new PrerenderHandoff(values, prerender.Services.GetRequiredService<PersistentComponentState>())
            .LoadOnceAsync(Prerendering, "list:/incidents", Load);
        state.TriggerOnPersisting();
        state.TryTake<string>("handoff:list:/incidents", out var token).ShouldBeTrue();
        token!.Length.ShouldBe(32);
        values.Count.ShouldBe(1);

        // The circuit: the same key takes the very value without loading; a second take loads.
        await using var circuit = new BunitContext();
        circuit.AddBunitPersistentComponentState().Persist("handoff:list:/incidents", token);
        var handoff = new PrerenderHandoff(values, circuit.Services.GetRequiredService<PersistentComponentState>());
        (await handoff.LoadOnceAsync(Circuit, "list:/incidents", Load)).ShouldBeSameAs(first);
        loads.ShouldBe(1);
        values.Count.ShouldBe(0);
        (await handoff.LoadOnceAsync(Circuit, "list:/incidents", Load)).ShouldBe([2]);
    }

    [Fact]
    public void A_token_gives_nothing_for_another_key_and_nothing_twice()
    {
        using var values = new PrerenderedValues();
        var token = values.Keep("list:/incidents?type=statement", new List<int> { 1 });
        values.TryTake<List<int>>(token, "list:/incidents", out _).ShouldBeFalse();
        values.TryTake<List<int>>(token, "list:/incidents?type=statement", out _).ShouldBeFalse();   // taken by the first try
        values.TryTake<List<int>>("0123", "list:/incidents", out _).ShouldBeFalse();
    }

    [Fact]
    public void Values_are_bounded()
    {
        using var values = new PrerenderedValues();
        for (var i = 0; i < PrerenderedValues.Capacity * 2; i++) values.Keep("k" + i, new object());
        values.Count.ShouldBeLessThanOrEqualTo(PrerenderedValues.Capacity);
    }
}
