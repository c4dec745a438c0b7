# Multi-stage build: the SDK image builds, the smaller ASP.NET image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CE.Platform.Web/CE.Platform.Web.csproj src/CE.Platform.Web/
RUN dotnet restore src/CE.Platform.Web/CE.Platform.Web.csproj
COPY src/ src/
RUN dotnet publish src/CE.Platform.Web/CE.Platform.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY courses/ ./courses/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_RUNNING_IN_CONTAINER=true
# The image's built-in non-root user; the app writes only to the database and /app/data.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "CE.Platform.Web.dll"]
