using System.Net;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>The fuzz's verdict itself: it must catch what it is there to catch, or the fuzz could never fail.</summary>
public sealed class FuzzVerdictTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, """{"errors":[{"message":"Error executing document."}]}""")]
    [InlineData(HttpStatusCode.ServiceUnavailable, """{"errors":[{"message":"busy","extensions":{"code":"UNAVAILABLE"}}]}""")]
    [InlineData(HttpStatusCode.BadRequest, """{"errors":[{"message":"x","extensions":{"details":"   at Her2Graph.Api.Foo()"}}]}""")]
    [InlineData(HttpStatusCode.OK, """{"errors":[{"message":"in /src/Her2Graph.Api/Foo.cs:line 12"}]}""")]
    [InlineData(HttpStatusCode.OK, """{"errors":[{"message":"System.ArgumentException: bad"}]}""")]
    [InlineData(HttpStatusCode.BadRequest, """{"errors":[{"message":"NullReferenceException"}]}""")]
    public void Problem_ServerErrorOrInternals_IsReported(HttpStatusCode status, string body) =>
        Assert.NotNull(FuzzVerdict.Problem(new GraphQLResponse(status, "application/json", body)));

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, """{"errors":[{"message":"timed out","extensions":{"code":"TIMEOUT"}}]}""")]
    [InlineData(HttpStatusCode.BadRequest, """{"errors":[{"message":"Syntax error","extensions":{"code":"SYNTAX_ERROR"}}]}""")]
    [InlineData(HttpStatusCode.TooManyRequests, """{"errors":[{"message":"slow down","extensions":{"code":"RATE_LIMITED"}}]}""")]
    [InlineData(HttpStatusCode.OK, """{"data":{"drug":{"name":"afatinib"}}}""")]
    public void Problem_ClientErrorTimeoutOrData_IsNone(HttpStatusCode status, string body) =>
        Assert.Null(FuzzVerdict.Problem(new GraphQLResponse(status, "application/json", body)));
}
