@rem lcn: the LCN SDK's command-line tool (lcn --help lists the commands).
@rem
@rem Environment: JAVA_HOME, the Java 17+ runtime to use (default: the java on PATH);
@rem JAVA_OPTS, extra JVM options, after the launcher's own (so they win), e.g. -Xmx4g.
@rem Unlike bin/lcn, this launcher keeps no class-data sharing archive: the JVM uses its own.
@echo off
setlocal

set "APP_HOME=%~dp0.."
for %%i in ("%APP_HOME%") do set "APP_HOME=%%~fi"
set "LCN_JAR=%APP_HOME%\lib\lcn.jar"
if not exist "%LCN_JAR%" (
  echo lcn: %LCN_JAR% is missing; expected the unpacked distribution ^(bin\, lib\^) 1>&2
  exit /b 1
)

if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo lcn: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe; set JAVA_HOME to a Java 17 ^(or newer^) installation, or unset it to use the java on PATH 1>&2
  exit /b 1
)

rem Options for short runs (see bin/lcn): the client compiler only, loops compiled after 15,000
rem turns, and no shared-memory statistics file; JAVA_OPTS comes after them.
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=15000 -XX:-UsePerfData -Xshare:auto %JAVA_OPTS% -cp "%LCN_JAR%" io.github.learningcities.lcn.cli.Lcn %*
exit /b %ERRORLEVEL%
