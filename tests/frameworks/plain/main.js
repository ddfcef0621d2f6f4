import 'pingshan-infographic';
