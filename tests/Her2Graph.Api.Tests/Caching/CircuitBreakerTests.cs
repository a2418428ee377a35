using Her2Graph.Api.Caching;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Caching;

public sealed class CircuitBreakerTests
{
    private static readonly TimeSpan Cooldown = TimeSpan.FromSeconds(5);

    [Fact]
    public void CircuitBreaker_AfterFailure_RejectsCallsUntilTheCooldownHasPassed()
    {
        var clock = new ManualClock();
        var breaker = new CircuitBreaker(Cooldown, clock);

        Assert.True(breaker.TryEnter());
        breaker.Failed();
        clock.Advance(Cooldown - TimeSpan.FromMilliseconds(1));

        Assert.False(breaker.TryEnter());
        Assert.Equal(CircuitState.Open, breaker.State);
    }

    [Fact]
    public void CircuitBreaker_CooldownPassed_LetsExactlyOneTrialThrough()
    {
        var clock = new ManualClock();
        var breaker = new CircuitBreaker(Cooldown, clock);
        breaker.Failed();
        clock.Advance(Cooldown);

        Assert.True(breaker.TryEnter());
        Assert.False(breaker.TryEnter());
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
    }

    [Fact]
    public void CircuitBreaker_TrialSucceeds_Closes()
    {
        var clock = new ManualClock();
        var breaker = new CircuitBreaker(Cooldown, clock);
        breaker.Failed();
        clock.Advance(Cooldown);
        breaker.TryEnter();

        breaker.Succeeded();

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.True(breaker.TryEnter());
    }

    [Fact]
    public void CircuitBreaker_TrialFails_OpensForAnotherCooldown()
    {
        var clock = new ManualClock();
        var breaker = new CircuitBreaker(Cooldown, clock);
        breaker.Failed();
        clock.Advance(Cooldown);
        breaker.TryEnter();

        breaker.Failed();

        Assert.False(breaker.TryEnter());
        clock.Advance(Cooldown);
        Assert.True(breaker.TryEnter());
    }

    [Fact]
    public void CircuitBreaker_TrialAbandoned_NextCallIsTheTrial()
    {
        var clock = new ManualClock();
        var breaker = new CircuitBreaker(Cooldown, clock);
        breaker.Failed();
        clock.Advance(Cooldown);
        breaker.TryEnter();

        breaker.Abandoned();

        Assert.True(breaker.TryEnter());
    }
}
