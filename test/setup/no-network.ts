// Tests may talk to loopback (the app under test) and to the faked Slack hosts (nock); nothing else.
import nock from 'nock';

nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);
