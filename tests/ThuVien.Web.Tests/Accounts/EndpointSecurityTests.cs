using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using ThuVien.Accounts;
using ThuVien.Web.Tests.Support;

namespace ThuVien.Web.Tests.Accounts;

/// <summary>
/// Every endpoint of the running node, as its routing knows them: each one that asks for authorization
/// refuses a caller without credentials and a Reader-only caller when its policy leaves readers out, and
/// no write under /api/v1 is left without authorization, so a new unprotected write route fails here.
/// </summary>
public sealed class EndpointSecurityTests : IAsyncDisposable
{
    /// <summary>
    /// Writes under /api/v1 that need no account, each with the reason. Keep it short.
    /// </summary>
    private static readonly HashSet<string> AnonymousWrites = new(StringComparer.Ordinal)
    {
        // The sign-in itself: how a client without a token gets one (a password for a token).
        "POST /api/v1/account/signin",
    };

    private static readonly string[] UnsafeMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    private TestNode? _node;

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_write_under_the_api_asks_for_authorization_unless_listed()
    {
        _node = await TestNode.StartAsync(Engine.Sqlite);
        var writes = Routes(_node).Where(r => r.Path.StartsWith("/api/v1/", StringComparison.Ordinal) && UnsafeMethods.Contains(r.Method)).ToList();
        Assert.True(writes.Any(r => r.Name == "POST /api/v1/records"), string.Join(", ", writes.Select(r => r.Name)));
        Assert.Contains(writes, r => r.Name == "DELETE /api/v1/items/{id:long}");

        var unprotected = writes.Where(r => !r.Protected && !AnonymousWrites.Contains(r.Name)).Select(r => r.Name).ToList();
        Assert.True(unprotected.Count == 0, "writes without authorization: " + string.Join(", ", unprotected));
        Assert.All(AnonymousWrites, name => Assert.Contains(writes, r => r.Name == name));
    }

    [Fact]
    public async Task Every_protected_endpoint_refuses_a_caller_without_credentials()
    {
        _node = await TestNode.StartAsync(Engine.Sqlite);
        using var anonymous = _node.NewClient();
        var routes = Routes(_node).Where(r => r.Protected).ToList();
        Assert.Contains(routes, r => r.Name == "GET /account");
        Assert.Contains(routes, r => r.Name == "GET /api/v1/accounts");

        foreach (var route in routes)
        {
            var response = await anonymous.SendAsync(route.Request());
            if (route.IsApi)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route.Name}: {(int)response.StatusCode}, not 401");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/account/signin",
                    $"{route.Name}: {(int)response.StatusCode} {response.Headers.Location}, not a redirect to sign in");
            }
        }
    }

    [Fact]
    public async Task Every_protected_endpoint_that_leaves_readers_out_refuses_a_reader()
    {
        _node = await TestNode.StartAsync(Engine.Sqlite);
        using var readerBrowser = await AccountForms.SignedInAsync(_node, TestNode.ReaderName);
        var policies = _node.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var routes = Routes(_node).Where(r => r.Protected).ToList();
        var refused = 0;
        foreach (var route in routes)
        {
            var policy = await AuthorizationPolicy.CombineAsync(policies, route.Authorization);
            var admitsReaders = policy!.Requirements.All(r => r is DenyAnonymousAuthorizationRequirement
                || (r is RolesAuthorizationRequirement roles && roles.AllowedRoles.Contains(Roles.Reader)));
            var response = await (route.IsApi ? _node.Reader : readerBrowser).SendAsync(route.Request());
            var location = response.Headers.Location?.AbsolutePath;
            if (admitsReaders)
            {
                Assert.False(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || location is "/account/signin" or "/account/denied",
                    $"{route.Name} admits readers but refused one: {(int)response.StatusCode} {location}");
                continue;
            }

            refused++;
            if (route.IsApi)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route.Name}: {(int)response.StatusCode}, not 403");
            }
            else
            {
                Assert.True(location == "/account/denied", $"{route.Name}: {(int)response.StatusCode} {location}, not sent to /account/denied");
                Assert.Equal(HttpStatusCode.Forbidden, (await readerBrowser.GetAsync(response.Headers.Location)).StatusCode);
            }
        }

        Assert.True(refused >= 8, $"only {refused} endpoints leave readers out: the records, items and accounts routes should");
    }

    private static List<Route> Routes(TestNode node)
    {
        var endpoints = node.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<Route>();
        foreach (var endpoint in endpoints)
        {
            var authorization = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared
                ? declared
                : [HttpMethods.Get, HttpMethods.Post];
            foreach (var method in methods.Where(m => m != HttpMethods.Head && m != HttpMethods.Options))
            {
                routes.Add(new Route(method, endpoint.RoutePattern, Fill(endpoint.RoutePattern), authorization, authorization.Count > 0 && !anonymous));
            }
        }

        return routes;
    }

    /// <summary>A path the pattern matches, with plausible values for its parameters.</summary>
    private static string Fill(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Sample(parameter),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Sample(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content).ToList();
        if (constraints.Any(c => c is "long" or "int"))
        {
            return "1";
        }

        return parameter.Name switch
        {
            "culture" => "vi",
            "documentName" => "v1",
            "file" => "site.css",
            "kind" => "subject",
            "format" => "marcxml",
            _ => "x",
        };
    }

    private sealed record Route(string Method, RoutePattern Pattern, string Path, IReadOnlyList<IAuthorizeData> Authorization, bool Protected)
    {
        /// <summary>"POST /api/v1/records", "GET /account": the method and the pattern, without the slashes a group adds.</summary>
        public string Name => $"{Method} /{Pattern.RawText?.Trim('/')}";

        public bool IsApi => Path.StartsWith("/api/", StringComparison.Ordinal);

        public HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), Path);
            if (Method != HttpMethods.Get && Method != HttpMethods.Delete)
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            return request;
        }
    }
}
