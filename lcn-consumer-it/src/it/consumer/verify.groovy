// The README's *Properties class ran: Surefire's report for it exists and counts its two
// properties (a build that runs 0 tests also "succeeds", which is what this guards against).
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.cityportal.CityRankingServiceProperties.xml')
assert report.isFile() : "no Surefire report for CityRankingServiceProperties: the properties did not run"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 2 : "CityRankingServiceProperties ran ${suite.@tests} tests, expected 2"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0
['ReadmeSnippetsTest', 'PublishedModulesTest', 'ReadmeVerbatimTest', 'MapperRoundTripTest'].each { name ->
  def r = new File(basedir, "target/surefire-reports/TEST-com.example.cityportal.${name}.xml")
  assert r.isFile() : "no Surefire report for ${name}"
  assert new groovy.xml.XmlSlurper().parse(r).@tests.toInteger() > 0 : "${name} ran no tests"
}
true
