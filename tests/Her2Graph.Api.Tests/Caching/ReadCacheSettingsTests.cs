using Her2Graph.Api.Caching;
using StackExchange.Redis;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>The settings that keep a Redis outage cheap (DESIGN.md), whatever the configuration string says.</summary>
public sealed class ReadCacheSettingsTests
{
    [Fact]
    public void ReadCacheOptions_Defaults_AreInMemoryWithPrefixAndHalfSecondTimeout()
    {
        var options = new ReadCacheOptions();

        Assert.False(options.UsesRedis);
        Assert.Equal("her2graph:", options.KeyPrefix);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.RedisTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.BreakerCooldown);
    }

    [Fact]
    public void RedisConfiguration_ConfiguredWithSlowSettings_OverridesThemToFailFast()
    {
        var options = new ReadCacheOptions { Configuration = "redis.example:6379,abortConnect=true,connectTimeout=5000,syncTimeout=5000,asyncTimeout=5000" };

        var configuration = ReadCacheServiceCollectionExtensions.RedisConfiguration(options);

        Assert.EndsWith("redis.example:6379", Assert.Single(configuration.EndPoints).ToString(), StringComparison.Ordinal);
        Assert.False(configuration.AbortOnConnectFail);
        Assert.Equal(500, configuration.ConnectTimeout);
        Assert.Equal(500, configuration.SyncTimeout);
        Assert.Equal(500, configuration.AsyncTimeout);
        Assert.Same(BacklogPolicy.FailFast, configuration.BacklogPolicy);
    }
}
